// The profile editor's state: the sections it edits, read from a stored profile and written back as a
// create body or as a PATCH of the sections that changed.
import type { components } from '../../../../docs/openapi/profile-service';
import { blocksToGrid, emptyWeek, gridToBlocks, type WeekBlocks } from './week-grid';

type Profile = components['schemas']['Profile'];
type CreateProfile = components['schemas']['CreateProfile'];
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
}

export type Section = 'personal' | 'location' | 'skills' | 'experience' | 'languages' | 'qualifications' | 'transport' | 'availability' | 'careDuties' | 'consent';

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
  };
}

/** The body sections of the draft; `only` limits it to the sections the person changed (PATCH). */
export function bodyOf(d: ProfileDraft, today: string, only?: Set<Section>): CreateProfile {
  const all: CreateProfile = {
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
  if (!only) return all;
  return Object.fromEntries(Object.entries(all).filter(([k]) => only.has(k as Section))) as CreateProfile;
}
