// The profile editor's state: the sections it edits, read from a stored profile and written back as a
// create body or as a PATCH of the sections that changed.
import type { components } from '../../../../docs/openapi/profile-service';
import { blocksToGrid, emptyWeek, gridToBlocks, type WeekBlocks } from './week-grid';

type Profile = components['schemas']['Profile'];
type CreateProfile = components['schemas']['CreateProfile'];
type PatchProfile = components['schemas']['PatchProfile'];
export type DigitalAccess = NonNullable<CreateProfile['digitalAccess']>;
export type Aspirations = NonNullable<CreateProfile['aspirations']>;
export type Skill = NonNullable<CreateProfile['skills']>[number];
export type Experience = NonNullable<CreateProfile['experience']>[number];
export type Language = NonNullable<CreateProfile['languages']>[number];
export type Qualification = NonNullable<CreateProfile['qualifications']>[number];
export type TransportMode = NonNullable<CreateProfile['transport']>['modes'][number];
export type ConsentScope = NonNullable<CreateProfile['consent']>['scopes'][number];

export interface ProfileDraft {
  displayName: string;
  phone: string;
  email: string;
  regionCode: string;
  skills: Skill[];
  experience: Experience[];
  languages: Language[];
  qualifications: Qualification[];
  transport: { modes: TransportMode[]; maxCommuteMinutes: number; canUseTransportAllowance: boolean };
  availability: WeekBlocks;
  careDuties: WeekBlocks;
  consent: ConsentScope[];
  /** null: not recorded (the matching then assumes nothing). */
  digitalAccess: DigitalAccess | null;
  limitedMobility: boolean | null;
  needsIncomeDuringTraining: boolean | null;
  /** YYYY-MM-DD, or '' for "now". */
  earliestStart: string;
  aspirations: Aspirations;
}

/** Sections the matching reads but that are optional: absent on create, cleared with null in a PATCH. */
type OptionalSection = 'digitalAccess' | 'limitedMobility' | 'needsIncomeDuringTraining' | 'earliestStart' | 'aspirations';
export type Section = 'personal' | 'location' | 'skills' | 'experience' | 'languages' | 'qualifications' | 'transport' | 'availability' | 'careDuties' | 'consent' | OptionalSection;

export function emptyDraft(): ProfileDraft {
  return {
    displayName: '',
    phone: '',
    email: '',
    regionCode: 'EC-P',
    skills: [],
    experience: [],
    languages: [{ tag: 'es', level: 'native' }],
    qualifications: [],
    transport: { modes: ['public_transport'], maxCommuteMinutes: 45, canUseTransportAllowance: true },
    availability: emptyWeek(),
    careDuties: emptyWeek(),
    consent: ['matching'],
    digitalAccess: null,
    limitedMobility: null,
    needsIncomeDuringTraining: null,
    earliestStart: '',
    aspirations: {},
  };
}

export function draftOf(p: Profile): ProfileDraft {
  const empty = emptyDraft();
  return {
    displayName: p.personal?.displayName ?? '',
    phone: p.personal?.phone ?? '',
    email: p.personal?.email ?? '',
    regionCode: p.location?.regionCode ?? '',
    skills: p.skills.map(({ concept, label, level, evidence }) => ({ concept, label, level, evidence })),
    experience: p.experience.map(({ occupation, label, months, formality }) => ({ occupation, label, months, formality })),
    languages: p.languages.map(({ tag, level }) => ({ tag, level })),
    qualifications: p.qualifications.map(({ title, eqf, recognition }) => ({ title, eqf, recognition })),
    transport: p.transport ? { modes: p.transport.modes, maxCommuteMinutes: p.transport.maxCommuteMinutes, canUseTransportAllowance: p.transport.canUseTransportAllowance } : empty.transport,
    availability: gridToBlocks(p.availability?.hours),
    careDuties: gridToBlocks(p.careDuties?.hours),
    consent: p.consent?.withdrawnAt ? [] : (p.consent?.scopes ?? []),
    digitalAccess: p.digitalAccess,
    limitedMobility: p.limitedMobility,
    needsIncomeDuringTraining: p.needsIncomeDuringTraining,
    earliestStart: p.earliestStart ?? '',
    aspirations: p.aspirations ?? {},
  };
}

const isEmpty = (a: Aspirations) => !a.preferredPathway && !a.preferredOccupations?.length && !a.preferredSectors?.length && !a.excludedSectors?.length;

/** The optional sections, null where nothing is recorded. */
function optionalSections(d: ProfileDraft): PatchProfile {
  return {
    digitalAccess: d.digitalAccess,
    limitedMobility: d.limitedMobility,
    needsIncomeDuringTraining: d.needsIncomeDuringTraining,
    earliestStart: d.earliestStart || null,
    aspirations: isEmpty(d.aspirations) ? null : d.aspirations,
  };
}

/** A create body: the optional sections only when recorded. */
export function bodyOf(d: ProfileDraft, today: string): CreateProfile {
  const optional = Object.fromEntries(Object.entries(optionalSections(d)).filter(([, v]) => v !== null)) as Partial<CreateProfile>;
  return { ...requiredSections(d, today), ...optional };
}

/** A PATCH of the sections the person changed; an optional section emptied is sent as null (cleared). */
export function patchOf(d: ProfileDraft, today: string, only: Set<Section>): PatchProfile {
  const all: PatchProfile = { ...requiredSections(d, today), ...optionalSections(d) };
  return Object.fromEntries(Object.entries(all).filter(([k]) => only.has(k as Section))) as PatchProfile;
}

function requiredSections(d: ProfileDraft, today: string): CreateProfile {
  return {
    personal: { displayName: d.displayName.trim(), ...(d.phone.trim() ? { phone: d.phone.trim() } : {}), ...(d.email.trim() ? { email: d.email.trim() } : {}) },
    location: { regionCode: d.regionCode.trim() },
    skills: d.skills,
    experience: d.experience,
    languages: d.languages,
    qualifications: d.qualifications,
    transport: d.transport,
    availability: { hours: blocksToGrid(d.availability) },
    careDuties: { hours: blocksToGrid(d.careDuties) },
    consent: { scopes: d.consent, givenAt: today },
  };
}
