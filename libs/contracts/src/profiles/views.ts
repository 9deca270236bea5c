import { z } from 'zod';
import type { DerivedFacts } from './derived-facts';
import { ProfileSchema, type ProfileSections } from './profile';
import { RestrictedRecordSchema } from './restricted';

/** GET /profiles/:id/export: everything held about the person (GDPR access / portability). */
export const ProfileExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  profile: ProfileSchema,
  restricted: RestrictedRecordSchema.nullable(),
  /** Who accessed the restricted record or exported the profile, when, which fields (never values). */
  accessLog: z.array(
    z.object({ at: z.iso.datetime(), action: z.string(), organisationId: z.string().nullable(), role: z.string().nullable(), fields: z.array(z.string()) }),
  ),
});
export type ProfileExport = z.infer<typeof ProfileExportSchema>;

/**
 * What the scorer loads per person: the profile sections without contact data, plus derived
 * eligibility facts. No restricted value (gender, nationality, date of birth, notes) is in here.
 */
export interface ProfileMatchingView {
  id: string;
  organisationId: string;
  version: number;
  sections: ProfileSections;
  facts: DerivedFacts;
}
