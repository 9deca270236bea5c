import { CreateOpportunitySchema, CreateProfileSchema, RestrictedRecordInputSchema, type Principal, type Role } from '@app/contracts';
import { OpportunityService, OrganisationService, ProfileService, RestrictedRecordService } from '@app/persistence';
import type { DataSource } from 'typeorm';
import { generateDemoData } from './generate';
import { DEMO_MARKER_ORGANISATION, DEMO_ORGANISATIONS, type OrgKey } from './organisations';

export interface DemoKey {
  orgKey: OrgKey;
  organisation: string;
  organisationId: string;
  role: Role;
  purpose: string;
  /** The secret: in this result and on the terminal once, stored hashed only. */
  key: string;
}

export interface DemoLoadResult {
  keys: DemoKey[];
  counts: { organisations: number; people: number; opportunities: Record<'job' | 'apprenticeship' | 'training', number> };
  /** Ids of the showcase people and postings, by their shell variable name (MAYERLIN, BAKERY_JOB, ...). */
  showcase: Array<{ name: string; label: string; id: string }>;
}

export class DemoAlreadyLoadedError extends Error {
  constructor() {
    super(`The demo data set is already loaded (organisation "${DEMO_MARKER_ORGANISATION}" exists); it is loaded once per database.`);
  }
}

/** True when the demo's NGO exists: the demo was loaded (or its loading started) on this database. */
export async function demoIsLoaded(ds: DataSource): Promise<boolean> {
  const rows: unknown[] = await ds.query('SELECT 1 FROM organisations WHERE name = $1 LIMIT 1', [DEMO_MARKER_ORGANISATION]);
  return rows.length > 0;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Loads the demo through the same services the HTTP API uses: each organisation, profile, restricted
 * record and opportunity commits with its outbox event, so the scorer indexes all of it exactly as if
 * case managers and employers had typed it in. Every input is validated by the API's own zod schemas.
 * Writes are made with each organisation's own new key (the NGO's case manager writes the people, each
 * employer its postings), so the audit log names a real key. Refuses a database that already has it.
 */
export async function loadDemoData(ds: DataSource, options: { today?: string; seed?: number } = {}): Promise<DemoLoadResult> {
  if (await demoIsLoaded(ds)) throw new DemoAlreadyLoadedError();
  const data = generateDemoData(options.today ?? todayIso(), options.seed);
  const organisations = new OrganisationService(ds);

  const keys: DemoKey[] = [];
  const principals = {} as Record<OrgKey, Principal>;
  for (const o of DEMO_ORGANISATIONS) {
    const org = await organisations.create({ name: o.name, kind: o.kind, country: 'EC' });
    const key = await organisations.issueKey({ organisationId: org.id, role: o.role, label: `demo key (${o.purpose})` });
    keys.push({ orgKey: o.key, organisation: o.name, organisationId: org.id, role: o.role, purpose: o.purpose, key: key.key });
    principals[o.key] = { apiKeyId: key.id, organisationId: org.id, role: o.role };
  }

  const profiles = new ProfileService(ds);
  const restricted = new RestrictedRecordService(ds);
  const caseManager = principals.ngo;
  const showcase: DemoLoadResult['showcase'] = [];
  for (const person of data.people) {
    const { profile } = await profiles.create(caseManager, CreateProfileSchema.parse(person.profile), person.ref);
    await restricted.put(caseManager, profile.id, RestrictedRecordInputSchema.parse(person.restricted));
    if (person.showcase) showcase.push({ name: person.showcase, label: profile.personal?.displayName ?? person.ref, id: profile.id });
  }

  const opportunities = new OpportunityService(ds);
  const byKind = { job: 0, apprenticeship: 0, training: 0 };
  for (const o of data.opportunities) {
    const created = await opportunities.create(principals[o.org], CreateOpportunitySchema.parse({ ...o.input, externalId: o.ref }));
    byKind[created.kind] += 1;
    if (o.showcase) showcase.push({ name: o.showcase, label: created.title, id: created.id });
  }

  return { keys, counts: { organisations: DEMO_ORGANISATIONS.length, people: data.people.length, opportunities: byKind }, showcase };
}
