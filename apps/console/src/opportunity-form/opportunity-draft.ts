// The opportunity editor's state: what an employer sets in the form, read from a stored opportunity and
// written back as a complete create body or as a PATCH of the fields that changed.
import type { components } from '../../../../docs/openapi/vacancy-service';
import { blocksToGrid, emptyWeek, gridToBlocks, type WeekBlocks } from '../profile-form/week-grid';

type Opportunity = components['schemas']['Opportunity'];
type CreateOpportunity = components['schemas']['CreateOpportunity'];
type UpdateOpportunity = components['schemas']['UpdateOpportunity'];
export type Kind = CreateOpportunity['kind'];
export type Status = CreateOpportunity['status'];
export type Mode = CreateOpportunity['mode'];
export type SkillNeed = CreateOpportunity['essentialSkills'][number];
export type Pay = NonNullable<CreateOpportunity['supports']['pay']>;
export type Occupation = NonNullable<CreateOpportunity['occupation']>;
export type LanguageMinimum = CreateOpportunity['languageMinimums'][number];
export const SUPPORT_FLAGS = ['childcareOnSite', 'transportAllowance', 'languageSupport', 'accessibility', 'deviceLoan'] as const;
export type SupportFlag = (typeof SUPPORT_FLAGS)[number];

export interface OpportunityDraft {
  kind: Kind;
  status: Status;
  title: string;
  description: string;
  regionCode: string;
  mode: Mode;
  schedule: WeekBlocks;
  hoursPerWeek: string;
  capacity: number;
  startDate: string;
  applicationDeadline: string;
  supports: Record<SupportFlag, boolean>;
  /** null: no pay given. */
  pay: Pay | null;
  essentialSkills: SkillNeed[];
  optionalSkills: SkillNeed[];
  /** Trainings and apprenticeships only. */
  skillsConferred: SkillNeed[];
  /** The ESCO occupation picked (or an ISCO code / label stored by an import); null: none. */
  occupation: Occupation | null;
  sector: string;
  languageMinimums: LanguageMinimum[];
}

/** The draft's fields, which are also the PATCH's field names (location and supports stand for the fields that hold them). */
export type Field = Exclude<keyof OpportunityDraft, 'regionCode' | 'pay'> | 'location';

export function emptyOpportunity(kind: Kind = 'job'): OpportunityDraft {
  return {
    kind,
    status: 'open',
    title: '',
    description: '',
    regionCode: 'EC-P',
    mode: 'on_site',
    schedule: emptyWeek(),
    hoursPerWeek: '',
    capacity: 1,
    startDate: '',
    applicationDeadline: '',
    supports: { childcareOnSite: false, transportAllowance: false, languageSupport: false, accessibility: false, deviceLoan: false },
    pay: null,
    essentialSkills: [],
    optionalSkills: [],
    skillsConferred: [],
    occupation: null,
    sector: '',
    languageMinimums: [],
  };
}

export function opportunityDraftOf(o: Opportunity): OpportunityDraft {
  const { pay, ...flags } = o.supports;
  return {
    kind: o.kind,
    // `filled` is the service's: the employer sets open (the seats say it is full).
    status: o.status === 'filled' ? 'open' : o.status,
    title: o.title,
    description: o.description,
    regionCode: o.location?.regionCode ?? '',
    mode: o.mode,
    schedule: gridToBlocks(o.schedule ?? undefined),
    hoursPerWeek: o.hoursPerWeek === null ? '' : String(o.hoursPerWeek),
    capacity: o.capacity,
    startDate: o.startDate ?? '',
    applicationDeadline: o.applicationDeadline ?? '',
    supports: Object.fromEntries(SUPPORT_FLAGS.map((f) => [f, flags[f]])) as Record<SupportFlag, boolean>,
    pay,
    essentialSkills: o.essentialSkills.map(({ uri, label, level }) => ({ uri, label, level })),
    optionalSkills: o.optionalSkills.map(({ uri, label, level }) => ({ uri, label, level })),
    skillsConferred: o.skillsConferred.map(({ uri, label, level }) => ({ uri, label, level })),
    occupation: o.occupation,
    sector: o.sector ?? '',
    languageMinimums: o.languageMinimums.map(({ tag, level, hard }) => ({ tag, level, hard })),
  };
}

/** The wire value of each field the form edits; `before` keeps a stored point (lat/lon) while the region is unchanged. */
function fieldsOf(d: OpportunityDraft, before?: Opportunity): Pick<CreateOpportunity, Field> {
  const region = d.regionCode.trim();
  const keepPoint = before?.location && before.location.regionCode === region;
  const empty = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    kind: d.kind,
    status: d.status,
    title: d.title.trim(),
    description: d.description.trim(),
    location: region ? (keepPoint ? before.location : { regionCode: region }) : null,
    mode: d.mode,
    schedule: Object.values(d.schedule).some((b) => b.length > 0) ? blocksToGrid(d.schedule) : null,
    hoursPerWeek: d.hoursPerWeek.trim() === '' ? null : Number(d.hoursPerWeek),
    capacity: d.capacity,
    startDate: empty(d.startDate),
    applicationDeadline: empty(d.applicationDeadline),
    supports: { ...d.supports, pay: d.pay },
    essentialSkills: d.essentialSkills,
    optionalSkills: d.optionalSkills,
    skillsConferred: d.kind === 'job' ? [] : d.skillsConferred,
    occupation: d.occupation,
    sector: empty(d.sector),
    languageMinimums: d.languageMinimums.map((l) => ({ ...l, tag: l.tag.trim() })),
  };
}

/** A complete create body: the form's fields, and the contract's defaults for the rest. */
export function createBodyOf(d: OpportunityDraft): CreateOpportunity {
  return {
    ...fieldsOf(d),
    minEqf: null,
    minExperienceMonths: null,
    acceptsUnrecognisedCredentials: false,
    employmentTypes: [],
    durationWeeks: null,
    requiresWorkAuthorisation: true,
    acceptedAuthorisationKinds: [],
    adultsOnly: true,
    certificate: null,
    leadsToSelfEmployment: false,
    replacementWindowFraction: 0.2,
    externalId: null,
  };
}

/** A PATCH of the fields changed (never the kind), conditional on the version read. */
export function patchOf(d: OpportunityDraft, changed: Set<Field>, before: Opportunity): UpdateOpportunity {
  const all = fieldsOf(d, before);
  const body: Record<string, unknown> = { version: before.version };
  for (const f of changed) if (f !== 'kind') body[f] = all[f];
  return body as UpdateOpportunity;
}
