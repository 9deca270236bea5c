import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateOpportunitySchema, CreateProfileSchema, RestrictedRecordInputSchema } from '@app/contracts';
import { generateDemoData } from './generate';

const TODAY = '2026-03-02';
const demoCsv = (file: string) => readFileSync(join(__dirname, '..', '..', '..', 'libs', 'taxonomy', 'data', 'demo', file), 'utf8');

describe('demo data generator', () => {
  const data = generateDemoData(TODAY);

  it('is deterministic: the same seed and day give the same data, another seed other data', () => {
    expect(generateDemoData(TODAY)).toEqual(data);
    expect(generateDemoData(TODAY, 7).people[10]).not.toEqual(data.people[10]);
  });

  it('holds about 300 people and 200 opportunities of every kind, with unique handles', () => {
    expect(data.people).toHaveLength(300);
    expect(data.opportunities.length).toBeGreaterThanOrEqual(190);
    const kinds = new Set(data.opportunities.map((o) => o.input.kind));
    expect([...kinds].sort()).toEqual(['apprenticeship', 'job', 'training']);
    expect(new Set(data.people.map((p) => p.ref)).size).toBe(data.people.length);
    expect(new Set(data.opportunities.map((o) => o.ref)).size).toBe(data.opportunities.length);
  });

  it('passes the API validation for every profile, restricted record and opportunity', () => {
    for (const p of data.people) {
      expect(CreateProfileSchema.safeParse(p.profile).error).toBeUndefined();
      expect(RestrictedRecordInputSchema.safeParse(p.restricted).error).toBeUndefined();
    }
    for (const o of data.opportunities) expect(CreateOpportunitySchema.safeParse({ ...o.input, externalId: o.ref }).error).toBeUndefined();
  });

  it('uses only skills and occupations of the shipped demo taxonomy', () => {
    const skills = demoCsv('skills_es.csv');
    const occupations = demoCsv('occupations_es.csv');
    const uris = new Set<string>();
    for (const p of data.people) {
      p.profile.skills?.forEach((s) => s.concept && uris.add(s.concept));
      p.profile.experience?.forEach((e) => e.occupation && uris.add(e.occupation));
    }
    for (const o of data.opportunities) {
      [...(o.input.essentialSkills ?? []), ...(o.input.optionalSkills ?? []), ...(o.input.skillsConferred ?? [])].forEach((s) => s.uri && uris.add(s.uri));
      if (o.input.occupation?.escoUri) uris.add(o.input.occupation.escoUri);
    }
    const missing = [...uris].filter((u) => !(u.includes('/skill/') ? skills : occupations).includes(`,${u},`));
    expect(missing).toEqual([]);
  });

  it('has the field situations the README shows', () => {
    const byShowcase = Object.fromEntries(data.people.filter((p) => p.showcase).map((p) => [p.showcase, p]));
    expect(Object.keys(byShowcase).sort()).toEqual(['AHMAD', 'LUZ_MARINA', 'MAYERLIN', 'SEGUNDO', 'YORMAN']);
    expect(byShowcase.MAYERLIN.profile.careDuties).toBeDefined();
    expect(byShowcase.MAYERLIN.profile.qualifications?.[0].recognition).toBe('not_recognised');
    expect(byShowcase.AHMAD.restricted).toMatchObject({ authorisationKind: 'asylum_seeker', allowsWork: false });
    const kinds = new Set(data.people.map((p) => p.restricted.authorisationKind));
    for (const k of ['citizen', 'refugee', 'asylum_seeker', 'humanitarian_visa', 'irregular', 'temporary_resident']) expect(kinds).toContain(k);
    expect(data.people.filter((p) => p.profile.careDuties).length).toBeGreaterThan(30);
    expect(data.people.filter((p) => p.profile.languages?.some((l) => l.tag === 'prs')).length).toBeGreaterThan(3);
    const consenting = data.people.filter((p) => p.profile.consent?.scopes.includes('visible_to_employers')).length;
    expect(consenting / data.people.length).toBeGreaterThan(0.75);
    const programmes = data.opportunities.filter((o) => o.input.kind !== 'job');
    expect(programmes.every((o) => (o.input.skillsConferred?.length ?? 0) > 0 || o.ref.includes('spanish') || /Español/.test(o.input.title))).toBe(true);
    expect(data.opportunities.some((o) => o.input.supports?.childcareOnSite)).toBe(true);
    expect(data.opportunities.some((o) => o.input.supports?.pay?.kind === 'stipend')).toBe(true);
  });
});
