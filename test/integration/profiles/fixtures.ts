import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import request from 'supertest';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

export const SKILL = 'http://data.europa.eu/esco/skill/0085e6bd-6829-4e8e-b302-842a7fe57ed9';
export const OCCUPATION = 'http://data.europa.eu/esco/occupation/5e5a8e3e-2a9f-4a46-9a3c-0a5f7d3b1c11';

/** A profile with every section filled (availability as words, care duties as an hour grid). */
export function fullProfile() {
  return {
    personal: { displayName: 'Mayerlin R.', phone: '+593 99 123 4567', email: 'mayerlin@example.org' },
    skills: [
      { concept: SKILL, level: 'intermediate', evidence: 'assessed', yearLastUsed: 2024 },
      { label: 'repostería', level: 'advanced', evidence: 'self_declared' },
    ],
    experience: [{ occupation: OCCUPATION, iscoCode: '7512', months: 36, formality: 'informal', country: 'VE' }],
    qualifications: [{ title: 'Bachiller en ciencias', eqf: 4, field: 'general', country: 'VE', recognition: 'in_progress' }],
    languages: [
      { tag: 'es', level: 'native' },
      { tag: 'prs', level: 'A2', skills: { listening: 'B1', speaking: 'A2', reading: 'A1', writing: 'A1' } },
    ],
    location: { regionCode: 'EC-P', lat: -0.180653, lon: -78.467834 },
    transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 45, canUseTransportAllowance: true },
    availability: { words: { days: ['weekdays'], periods: ['morning'] } },
    careDuties: { hours: { mon: [15, 16, 17], wed: [15, 16, 17] }, kinds: ['children'] },
    digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
    limitedMobility: false,
    needsIncomeDuringTraining: true,
    earliestStart: '2025-09-01',
    aspirations: { preferredOccupations: [{ label: 'pastelera', iscoCode: '7512' }], preferredSectors: ['C10'], excludedSectors: ['5414'], preferredPathway: 'apprenticeship' },
    consent: { scopes: ['matching', 'visible_to_employers'], givenAt: '2025-05-20' },
  };
}

export interface ProfilesWorld {
  db: TestDatabase;
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  admin: CreatedApiKey;
  caseManagerA: CreatedApiKey;
  caseManagerB: CreatedApiKey;
  employer: CreatedApiKey;
  organiser: CreatedApiKey;
  close(): Promise<void>;
}

/** The profile service on its own database, with keys of every role (case managers in two NGOs). */
export async function startProfilesWorld(label: string): Promise<ProfilesWorld> {
  const db = await createTestDatabase(label);
  const config = testConfig(db.url);
  const app = await createTestApp(ProfileServiceModule.forRoot(config), config);
  return {
    db,
    app,
    http: () => request(app.getHttpServer()),
    admin: await seedKey(db.dataSource, 'admin', 'platform'),
    caseManagerA: await seedKey(db.dataSource, 'case_manager', 'ngo', 'NGO A'),
    caseManagerB: await seedKey(db.dataSource, 'case_manager', 'ngo', 'NGO B'),
    employer: await seedKey(db.dataSource, 'employer', 'employer'),
    organiser: await seedKey(db.dataSource, 'organiser', 'fair_organiser'),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export async function createProfile(w: ProfilesWorld, key: CreatedApiKey, body: object = fullProfile()): Promise<{ id: string; version: number }> {
  const res = await w.http().post('/profiles').set(bearer(key)).send(body).expect(201);
  return res.body;
}

export { bearer };
