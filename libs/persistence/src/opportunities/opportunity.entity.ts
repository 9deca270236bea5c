import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LanguageMinimumSchema, OpportunityFields, OpportunityKindName, OpportunityStatusName, SkillRequirement } from '@app/contracts';
import type { z } from 'zod';

/** numeric columns come back from pg as strings. */
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A row of `opportunities` (see migration 1732600000000-Opportunities for the constraints). */
@Entity({ name: 'opportunities' })
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
  @Column({ type: 'text' })
  kind!: OpportunityKindName;
  @Column({ type: 'text' })
  status!: OpportunityStatusName;
  @Column({ type: 'text' })
  title!: string;
  @Column({ type: 'text' })
  description!: string;
  @Column({ name: 'occupation_uri', type: 'text', nullable: true })
  occupationUri!: string | null;
  @Column({ name: 'isco_code', type: 'text', nullable: true })
  iscoCode!: string | null;
  @Column({ name: 'occupation_label', type: 'text', nullable: true })
  occupationLabel!: string | null;
  @Column({ type: 'text', nullable: true })
  sector!: string | null;
  @Column({ name: 'essential_skills', type: 'jsonb' })
  essentialSkills!: SkillRequirement[];
  @Column({ name: 'optional_skills', type: 'jsonb' })
  optionalSkills!: SkillRequirement[];
  @Column({ name: 'language_minimums', type: 'jsonb' })
  languageMinimums!: z.infer<typeof LanguageMinimumSchema>[];
  @Column({ name: 'min_eqf', type: 'smallint', nullable: true })
  minEqf!: number | null;
  @Column({ name: 'min_experience_months', type: 'int', nullable: true })
  minExperienceMonths!: number | null;
  @Column({ name: 'accepts_unrecognised_credentials', type: 'boolean' })
  acceptsUnrecognisedCredentials!: boolean;
  @Column({ type: 'text' })
  mode!: OpportunityFields['mode'];
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;
  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;
  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;
  @Column({ type: 'jsonb', nullable: true })
  schedule!: OpportunityFields['schedule'];
  /** Hybrid only: the scheduled hours held online (same JSON form as `schedule`). */
  @Column({ name: 'online_schedule', type: 'jsonb', nullable: true })
  onlineSchedule!: OpportunityFields['onlineSchedule'];
  @Column({ name: 'hours_per_week', type: 'numeric', nullable: true, transformer: numeric })
  hoursPerWeek!: number | null;
  @Column({ name: 'employment_types', type: 'text', array: true })
  employmentTypes!: OpportunityFields['employmentTypes'];
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;
  @Column({ name: 'duration_weeks', type: 'int', nullable: true })
  durationWeeks!: number | null;
  @Column({ name: 'application_deadline', type: 'date', nullable: true })
  applicationDeadline!: string | null;
  @Column({ type: 'int' })
  capacity!: number;
  /** Written only by the placement service's conditional update. */
  @Column({ type: 'int', insert: false, update: false })
  booked!: number;
  @Column({ type: 'jsonb' })
  supports!: OpportunityFields['supports'];
  @Column({ name: 'requires_work_authorisation', type: 'boolean' })
  requiresWorkAuthorisation!: boolean;
  @Column({ name: 'accepted_authorisation_kinds', type: 'text', array: true })
  acceptedAuthorisationKinds!: string[];
  @Column({ name: 'adults_only', type: 'boolean' })
  adultsOnly!: boolean;
  @Column({ name: 'skills_conferred', type: 'jsonb' })
  skillsConferred!: SkillRequirement[];
  @Column({ type: 'jsonb', nullable: true })
  certificate!: OpportunityFields['certificate'];
  @Column({ name: 'leads_to_self_employment', type: 'boolean' })
  leadsToSelfEmployment!: boolean;
  @Column({ name: 'replacement_window_fraction', type: 'numeric', transformer: numeric })
  replacementWindowFraction!: number;
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;
  /** YYYY-MM-DD; the column defaults to the creation day (UTC) when an insert leaves it out. */
  @Column({ name: 'posted_at', type: 'date' })
  postedAt!: string;
  /** The JSON-LD an import came from, kept whole for later resolution and audit; never served. */
  @Column({ name: 'source_jsonld', type: 'jsonb', nullable: true, select: false })
  sourceJsonld!: object | null;
  @Column({ type: 'int' })
  version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt!: Date;
}
