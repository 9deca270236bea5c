import { z } from 'zod';

/** Every API key carries exactly one role; every endpoint declares which roles may call it. */
export const ROLES = ['admin', 'case_manager', 'employer', 'organiser'] as const;
export const RoleSchema = z.enum(ROLES).meta({ description: "The API key's role: what it may call (every endpoint declares its roles)", example: 'case_manager' });
export type Role = z.infer<typeof RoleSchema>;

/** What an organisation is; an organisation may hold keys of several roles. */
export const ORGANISATION_KINDS = [
  'platform',
  'ngo',
  'public_employment_service',
  'employer',
  'training_provider',
  'employer_and_training_provider',
  'fair_organiser',
] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS).meta({ description: 'What the organisation is', example: 'ngo' });
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;
