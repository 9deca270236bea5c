import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, idField } from './openapi-examples';
import { OrganisationKindSchema, RoleSchema } from './roles';

export const CreateOrganisationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).meta({ example: 'Fundación Puentes' }),
  kind: OrganisationKindSchema,
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as EC' }).optional().meta({ description: 'ISO 3166-1 alpha-2', example: 'EC' }),
});
export type CreateOrganisation = z.infer<typeof CreateOrganisationSchema>;

export const OrganisationSchema = z.object({
  id: idField('The organisation', EXAMPLE_ID.organisation),
  name: z.string().meta({ example: 'Fundación Puentes' }),
  kind: OrganisationKindSchema,
  country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2', example: 'EC' }),
  createdAt: dateTimeField('When it was created'),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateApiKeySchema = z.strictObject({
  organisationId: idField('The organisation the key acts for', EXAMPLE_ID.organisation),
  role: RoleSchema,
  label: z.string().trim().min(1).max(120).meta({ description: 'Who or what holds the key (shown in lists, audit records)', example: 'Quito intake desk' }),
});
export type CreateApiKey = z.infer<typeof CreateApiKeySchema>;

export const ApiKeySchema = z.object({
  id: idField('The API key (not the secret)', EXAMPLE_ID.apiKey),
  organisationId: idField('The organisation the key acts for', EXAMPLE_ID.organisation),
  role: RoleSchema,
  label: z.string().meta({ example: 'Quito intake desk' }),
  prefix: z.string().meta({ description: 'The public part of the key (`mk_<prefix>_...`), enough to recognise it in a list; never the secret', example: '4f1a9c2e7b3d' }),
  createdAt: dateTimeField('When it was issued'),
  revokedAt: z.iso.datetime().nullable().meta({ description: 'When it was revoked; null while it works', example: null }),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

/** Returned once, at creation: the only time the secret is shown. */
export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().meta({ description: 'The key itself, shown this once: send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`', example: 'mk_4f1a9c2e7b3d_Zk3q...' }),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

export const PrincipalSchema = z.object({
  apiKeyId: idField('The key the request presented', EXAMPLE_ID.apiKey),
  organisationId: idField('The organisation it acts for', EXAMPLE_ID.organisation),
  role: RoleSchema,
});
export type Principal = z.infer<typeof PrincipalSchema>;
