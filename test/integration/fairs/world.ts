import type { CreatedApiKey } from '@app/contracts';
import { bearer, seedKey } from '../../support/app';
import { startInProcessStack, type InProcessStack } from '../../support/in-process-stack';
import { sleep, waitFor as pollFor } from '../../support/wait';

/** ESCO skills of the shipped demo taxonomy. */
export const SKILLS = [
  'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82',
  'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
  'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
  'http://data.europa.eu/esco/skill/5626b3b1-5415-47f6-acf1-b573d457d180',
];
const LEVELS = ['basic', 'intermediate', 'advanced'];

/**
 * One database, the profile and vacancy services and the scorer in-process, all on one queue prefix:
 * HTTP -> PostgreSQL -> BullMQ flow -> the scorer's workers -> results -> HTTP.
 */
export interface FairWorld extends InProcessStack {
  organiser: CreatedApiKey;
  otherOrganiser: CreatedApiKey;
  caseManager: CreatedApiKey;
  employerA: CreatedApiKey;
  employerB: CreatedApiKey;
}

export async function startFairWorld(label: string): Promise<FairWorld> {
  const stack = await startInProcessStack(label);
  const ds = stack.db.dataSource;
  return {
    ...stack,
    organiser: await seedKey(ds, 'organiser', 'fair_organiser', 'Feria Quito'),
    otherOrganiser: await seedKey(ds, 'organiser', 'fair_organiser', 'Otra feria'),
    caseManager: await seedKey(ds, 'case_manager', 'ngo', 'NGO'),
    employerA: await seedKey(ds, 'employer', 'employer', 'Tienda A'),
    employerB: await seedKey(ds, 'employer', 'employer', 'Tienda B'),
  };
}

/** Deterministic variety: person i lives somewhere in Quito, holds some of the skills at some level. */
export function attendeeBody(i: number): Record<string, unknown> {
  const skills = SKILLS.filter((_, k) => (i >> k) & 1 || k === i % SKILLS.length).map((concept, k) => ({ concept, level: LEVELS[(i + k) % 3], evidence: 'assessed' }));
  return {
    personal: { displayName: `Persona ${i} Apellido`, phone: `+593 99 000 ${String(1000 + i)}`, email: `persona${i}@example.org` },
    skills,
    languages: [{ tag: 'es', level: 'native' }],
    location: { regionCode: 'EC-P', lat: -0.15 - (i % 10) * 0.01, lon: -78.45 - (i % 7) * 0.01 },
    transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 90, canUseTransportAllowance: true },
    availability: { words: { days: ['weekdays'], periods: ['morning', 'afternoon'] } },
    digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
    earliestStart: '2025-01-01',
    consent: { scopes: ['matching', 'visible_to_employers'], givenAt: '2025-05-20' },
  };
}

export function jobBody(j: number): Record<string, unknown> {
  return {
    kind: 'job',
    title: `Vacante ${j}`,
    occupation: { iscoCode: '5230' },
    essentialSkills: [{ uri: SKILLS[j % SKILLS.length], level: LEVELS[j % 3] }],
    optionalSkills: [{ uri: SKILLS[(j + 1) % SKILLS.length], level: 'basic' }],
    languageMinimums: [{ tag: 'es', level: 'B1', hard: true }],
    location: { regionCode: 'EC-P', lat: -0.18 - (j % 5) * 0.01, lon: -78.48 },
    schedule: { mon: [9, 10, 11, 12], tue: [9, 10, 11, 12], wed: [9, 10, 11, 12] },
    hoursPerWeek: 12,
    capacity: 3,
    requiresWorkAuthorisation: true,
  };
}

/** Runs `f` over items, `width` at a time (in-process apps: keeps the pool busy without flooding it). */
export async function inBatches<T, R>(items: readonly T[], width: number, f: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map((x, k) => f(x, i + k)))));
  return out;
}

export async function createAttendees(w: FairWorld, n: number): Promise<string[]> {
  return inBatches(Array.from({ length: n }, (_, i) => i), 20, async (i) => {
    const res = await w.ps().post('/profiles').set(bearer(w.caseManager)).send(attendeeBody(i));
    if (res.status !== 201) throw new Error(`profile: ${res.status} ${JSON.stringify(res.body)}`);
    const gender = i % 3 === 0 ? 'female' : i % 3 === 1 ? 'male' : undefined;
    const r = await w.ps().put(`/profiles/${res.body.id}/restricted`).set(bearer(w.caseManager)).send({ authorisationKind: 'refugee', nationality: i % 2 ? 'VE' : 'CO', ...(gender ? { gender } : {}) });
    if (r.status !== 200 && r.status !== 201) throw new Error(`restricted: ${r.status} ${JSON.stringify(r.body)}`);
    return res.body.id as string;
  });
}

export async function createJob(w: FairWorld, key: CreatedApiKey, j: number, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await w.vs().post('/opportunities').set(bearer(key)).send({ ...jobBody(j), ...overrides });
  if (res.status !== 201) throw new Error(`opportunity: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Shortlist flows run many jobs: a longer deadline and a slower poll than the support default. */
export function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 90000): Promise<T> {
  return pollFor(what, probe, timeoutMs, 200);
}

export { bearer, sleep };
