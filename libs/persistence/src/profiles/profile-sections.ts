import {
  CareDutiesInputSchema,
  ConsentInputSchema,
  scheduleToHours,
  scheduleView,
  type ConsentScope,
  type CreateProfile,
  type PatchProfile,
  type Profile,
  type ProfileSections,
  type StoredSections,
} from '@app/contracts';
import type { z } from 'zod';
import type { ProfileEntity, StoredPersonal } from './profile.entity';

type SectionInput = Omit<CreateProfile, 'personal'>;

/** Stored form of one input section: schedules become hour grids, coordinates are rounded to ~1 km. */
function storeSection<K extends keyof SectionInput>(name: K, value: NonNullable<SectionInput[K]>, previous: StoredSections, now: Date): StoredSections[K] {
  switch (name) {
    case 'availability':
      return { hours: scheduleToHours(value as NonNullable<SectionInput['availability']>) } as StoredSections[K];
    case 'careDuties': {
      const v = value as z.infer<typeof CareDutiesInputSchema>;
      return { hours: scheduleToHours(v), kinds: v.kinds ?? [] } as StoredSections[K];
    }
    case 'location': {
      const v = value as NonNullable<SectionInput['location']>;
      return { regionCode: v.regionCode, ...(v.lat !== undefined && v.lon !== undefined ? { lat: round2(v.lat), lon: round2(v.lon) } : {}) } as StoredSections[K];
    }
    case 'consent': {
      const v = value as z.infer<typeof ConsentInputSchema>;
      const withdrawn = removedScopes(previous.consent?.scopes ?? [], v.scopes).length > 0;
      return { scopes: v.scopes, givenAt: v.givenAt, withdrawnAt: withdrawn ? now.toISOString() : (previous.consent?.withdrawnAt ?? null) } as StoredSections[K];
    }
    default:
      return value as StoredSections[K];
  }
}

export interface MergedProfile {
  personal: StoredPersonal | null;
  sections: StoredSections;
  /** Consent scopes the change removed (non-empty = a withdrawal to announce). */
  withdrawnScopes: ConsentScope[];
}

/**
 * What a patch changes, section by section: the stored form of every section given, the names of the
 * sections it removes (null) and, when given, the new contact data. `previous` is read for consent only
 * (the withdrawal stamp); the other sections' stored form depends on the input alone.
 */
export interface SectionChanges {
  set: StoredSections;
  remove: (keyof StoredSections)[];
  /** Present only when the patch names `personal` (null removes the contact data). */
  personal?: StoredPersonal | null;
}

export function sectionChanges(patch: PatchProfile | CreateProfile, previous: StoredSections, now: Date): SectionChanges {
  const out: SectionChanges = { set: {}, remove: [] };
  for (const [name, value] of Object.entries(patch) as [keyof PatchProfile, unknown][]) {
    if (value === undefined) continue;
    if (name === 'personal') out.personal = (value as StoredPersonal | null) ?? null;
    else if (value === null) out.remove.push(name);
    else (out.set as Record<string, unknown>)[name] = storeSection(name, value as never, previous, now);
  }
  return out;
}

/**
 * JSON merge on top-level sections: a given section replaces the stored one whole, null removes it,
 * a section not mentioned stays. Runs on the row locked FOR UPDATE, so concurrent patches of different
 * sections all survive. (profile-patch.ts applies the same changes in SQL: `sections || set - remove`.)
 */
export function mergeProfile(current: { personal: StoredPersonal | null; sections: StoredSections }, patch: PatchProfile | CreateProfile, now: Date): MergedProfile {
  const changes = sectionChanges(patch, current.sections, now);
  const sections: StoredSections = { ...current.sections, ...changes.set };
  for (const name of changes.remove) delete sections[name];
  const personal = changes.personal !== undefined ? changes.personal : current.personal;
  return { personal, sections, withdrawnScopes: removedScopes(current.sections.consent?.scopes ?? [], sections.consent?.scopes ?? []) };
}

export function removedScopes(before: readonly ConsentScope[], after: readonly ConsentScope[]): ConsentScope[] {
  return before.filter((s) => !after.includes(s));
}

/** Sections as returned: arrays default to [], absent sections are null, schedules in both forms. */
export function sectionsView(s: StoredSections): ProfileSections {
  return {
    skills: s.skills ?? [],
    experience: s.experience ?? [],
    qualifications: s.qualifications ?? [],
    languages: s.languages ?? [],
    location: s.location ?? null,
    transport: s.transport ?? null,
    availability: s.availability ? scheduleView(s.availability.hours) : null,
    careDuties: s.careDuties ? { ...scheduleView(s.careDuties.hours), kinds: s.careDuties.kinds } : null,
    digitalAccess: s.digitalAccess ?? null,
    limitedMobility: s.limitedMobility ?? null,
    needsIncomeDuringTraining: s.needsIncomeDuringTraining ?? null,
    earliestStart: s.earliestStart ?? null,
    aspirations: s.aspirations ?? null,
    consent: { scopes: s.consent?.scopes ?? [], givenAt: s.consent?.givenAt ?? null, withdrawnAt: s.consent?.withdrawnAt ?? null, withdrawable: true },
  };
}

/** The columns a profile response is made of (an entity, or a row read with plain SQL). */
export type ProfileRow = Pick<ProfileEntity, 'id' | 'organisationId' | 'version' | 'personal' | 'sections' | 'createdAt' | 'updatedAt'>;

export function toProfile(e: ProfileRow): Profile {
  return {
    id: e.id,
    organisationId: e.organisationId,
    version: e.version,
    status: 'active',
    personal: e.personal ?? null,
    ...sectionsView(e.sections),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Names of the sections (and contact data) a profile holds: what an erase or export touches. */
export function heldSectionNames(e: Pick<ProfileEntity, 'personal' | 'sections'>): string[] {
  return [...(e.personal ? ['personal'] : []), ...Object.keys(e.sections)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
