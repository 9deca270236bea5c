import { z } from 'zod';
import { OrganisationKindSchema, RoleSchema } from './roles';

export const CreateOrganisationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: OrganisationKindSchema,
  /** ISO 3166-1 alpha-2, e.g. EC. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as EC' }).optional(),
});
export type CreateOrganisation = z.infer<typeof CreateOrganisationSchema>;

export const OrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: OrganisationKindSchema,
  country: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateApiKeySchema = z.strictObject({
  organisationId: z.uuid(),
  role: RoleSchema,
  label: z.string().trim().min(1).max(120),
});
export type CreateApiKey = z.infer<typeof CreateApiKeySchema>;

export const ApiKeySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  role: RoleSchema,
  label: z.string(),
  /** The first characters of the key, enough to recognise it in a list; never the secret. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

/** Returned once, at creation: the only time the secret is shown. */
export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

export const PrincipalSchema = z.object({
  apiKeyId: z.uuid(),
  organisationId: z.uuid(),
  role: RoleSchema,
});
export type Principal = z.infer<typeof PrincipalSchema>;
