/**
 * The engine's plain input types: what the scorer maps database rows into before compiling them.
 *
 * Deliberately absent: gender, nationality, ethnicity, date of birth or exact age. The restricted record
 * is reduced upstream to the derived facts in `EngineEligibility`; the engine cannot read what it is
 * never given (see golden.spec.ts for the counterfactual test).
 *
 * Dates are epoch days (Math.floor(ms / 86_400_000)); the engine never reads the clock.
 */

/** 168-hour week grid: bit h = day * 24 + hour (Monday = 0), stored in 21 bytes (bit h at byte h >> 3). */
export type WeekGrid = Uint8Array;

export type SkillLevel = 1 | 2 | 3; // basic / intermediate / advanced
export type Evidence = 'self_declared' | 'assessed' | 'certified';
export type Recognition = 'recognised' | 'in_progress' | 'not_recognised' | 'undocumented';
export type TransportMode = 'walk' | 'bicycle' | 'public_transport' | 'car' | 'motorbike';
export type OpportunityKind = 'job' | 'apprenticeship' | 'training';
export type Pathway = 'job' | 'apprenticeship' | 'training' | 'self_employment';
/**
 * Where the work or the sessions happen. `remote`: online, from anywhere (needs a device and a
 * connection); `home_based`: at the person's home without being online (piecework, home care, crafts:
 * no commute, no device needed, nothing to make accessible); `hybrid`: on-site sessions plus online ones
 * (`EngineOpportunity.onlineSchedule` says which hours are online when the provider states it).
 */
export type WorkMode = 'on_site' | 'hybrid' | 'remote' | 'home_based';
export type OpportunityStatus = 'open' | 'closed' | 'draft';

export interface GeoPoint {
  lat: number;
  lon: number;
  regionCode: string;
}

export interface PersonSkill {
  /** Integer id from the taxonomy index (same id space as `Relatedness`). */
  skillId: number;
  level: SkillLevel;
  evidence: Evidence;
}

export interface PersonExperience {
  occupationId: number;
  /** 4-digit ISCO-08 unit group, e.g. "8344". */
  iscoGroup: string;
  months: number;
  formal: boolean;
  /** Worked outside the country the person lives in now (explained, never discounted). */
  abroad?: boolean;
}

export interface PersonQualification {
  eqf: number; // 1..8
  recognition: Recognition;
}

export interface PersonLanguage {
  /** BCP-47 / ISO 639-3 tag: 'es', 'en', 'prs', 'kmr'... compared case-insensitively. */
  tag: string;
  /** 0 = none, A1..C2 = 1..6, native = 7. */
  level: number;
}

export interface EngineEligibility {
  mayWork: boolean;
  mayTrain: boolean;
  /** Used only for the accepted-kinds check; null = no permit needed (nationals, returnees). */
  authorisationKind: string | null;
  /** Epoch day; null = does not end. */
  authorisationEndsAt: number | null;
  isAdult: boolean;
}

export interface EnginePerson {
  id: string;
  skills: PersonSkill[];
  experience: PersonExperience[];
  qualifications: PersonQualification[];
  languages: PersonLanguage[];
  location: GeoPoint;
  transport: {
    modes: TransportMode[];
    maxCommuteMinutes: number;
    canUseTransportAllowance: boolean;
  };
  /** Hours the person could attend were it not for care duties. An all-zero grid means "not stated" = any hour. */
  availability: WeekGrid;
  /** Hours blocked by care duties (children, dependants); on-site childcare frees them. */
  careHours: WeekGrid;
  digitalAccess: { device: boolean; connectivity: boolean };
  limitedMobility: boolean;
  needsIncomeDuringTraining: boolean;
  /** Epoch day. */
  earliestStart: number;
  aspirations: {
    preferredOccupationIds: number[];
    /** ISCO prefixes (1..4 digits). */
    preferredIscoGroups: string[];
    /** Sector codes, or digit strings as ISCO prefixes (like `excludedSectors`). */
    preferredSectors?: string[];
    /** Digit strings are ISCO prefixes (major "7", sub-major "72", ...); anything else is a sector code. */
    excludedSectors: string[];
    preferredPathway: Pathway | null;
  };
  eligibility: EngineEligibility;
}

export interface RequiredSkill {
  skillId: number;
  /** Required level; 0 or missing = any level. */
  level: number;
}

export interface LanguageMinimum {
  tag: string;
  level: number;
  /** Hard minimums gate when the person is more than one level below; soft ones only lower the score. */
  hard: boolean;
}

export interface OpportunitySupports {
  childcare: boolean;
  transportAllowance: boolean;
  /** Stipend for trainings, wage for apprenticeships/jobs: income during the programme. */
  stipend: boolean;
  languageSupport: boolean;
  accessibility: boolean;
  deviceLoan: boolean;
}

export interface EngineOpportunity {
  id: string;
  kind: OpportunityKind;
  organisationId: string;
  occupationId: number | null;
  iscoGroup: string | null;
  sector: string;
  essentialSkills: RequiredSkill[];
  optionalSkills: RequiredSkill[];
  languageMinimums: LanguageMinimum[];
  minEqf: number | null;
  acceptsUnrecognisedCredentials: boolean;
  /** null with a non-remote mode = location unknown: no commute gate, neutral commute score. */
  location: GeoPoint | null;
  mode: WorkMode;
  /** Hours the opportunity requires; all-zero = flexible / self-paced (no schedule check). */
  schedule: WeekGrid;
  /**
   * Hybrid programmes: the hours of `schedule` held online (the rest are on site). Absent or all-zero on
   * a hybrid opportunity = not stated: it is taken to have both online and on-site sessions.
   */
  onlineSchedule?: WeekGrid | null;
  hoursPerWeek: number;
  startDate: number;
  endDate?: number | null;
  durationWeeks?: number | null;
  applicationDeadline: number | null;
  capacity: number;
  booked: number;
  supports: OpportunitySupports;
  /** Jobs always require it whatever this says. */
  requiresWorkAuthorisation: boolean;
  /** Empty = any authorisation that allows the activity. */
  acceptedAuthorisationKinds: string[];
  adultsOnly: boolean;
  skillsConferred: RequiredSkill[];
  leadsToSelfEmployment: boolean;
  /** Share of the duration during which a freed seat may still be filled. Default 0.2. */
  replacementWindowFraction?: number;
  status: OpportunityStatus;
}

export const DEFAULT_REPLACEMENT_WINDOW_FRACTION = 0.2;
