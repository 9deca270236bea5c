/**
 * The benchmark data generator: reproducible from its seed, record i independent of generation order
 * (people are produced lazily and in chunks), and the proportions the benchmark claims.
 * Integration project because it reads the taxonomy files (demo unless the full ESCO is present).
 */
import { generateOpportunity } from '../../bench/data/opportunities';
import { generatePerson } from '../../bench/data/people';
import { loadBenchTaxonomy } from '../../bench/data/taxonomy-source';
import { createWorld, type BenchWorld } from '../../bench/data/world';

const N = 2000;

describe('benchmark data generator', () => {
  let world: BenchWorld;
  beforeAll(async () => {
    world = createWorld((await loadBenchTaxonomy({ allowDemo: true, preferDemo: true }))!, 11);
  });

  it('builds the same records from the same seed, in any order, and different ones from another seed', () => {
    const again = createWorld(world.tax, 11);
    for (const i of [0, 1, 999, 1500]) {
      expect(generatePerson(again, i)).toEqual(generatePerson(world, i));
      expect(generateOpportunity(again, i)).toEqual(generateOpportunity(world, i));
    }
    const other = createWorld(world.tax, 12);
    expect(generatePerson(other, 5).skills).not.toEqual(generatePerson(world, 5).skills);
  });

  it('draws opportunities from real occupations with their real skills, in the stated proportions', () => {
    const snap = world.tax.snapshot;
    const kinds = { job: 0, apprenticeship: 0, training: 0 };
    let online = 0;
    for (let i = 0; i < N; i++) {
      const o = generateOpportunity(world, i);
      kinds[o.kind]++;
      if (o.mode !== 'on_site') online++;
      const occ = o.occupationId!;
      const real = new Set([...snap.essential.values.subarray(snap.essential.offsets[occ], snap.essential.offsets[occ + 1])]);
      for (const s of o.essentialSkills) expect(real.has(s.skillId)).toBe(true);
      if (o.kind === 'training') expect(o.skillsConferred.length).toBeGreaterThan(0);
    }
    expect(kinds.job / N).toBeCloseTo(0.7, 1);
    expect(kinds.apprenticeship / N).toBeCloseTo(0.15, 1);
    expect(kinds.training / N).toBeCloseTo(0.15, 1);
    expect(online / N).toBeCloseTo(0.1, 1);
  });

  it('gives people care duties, permits and places in the stated proportions', () => {
    let care = 0;
    let irregular = 0;
    let asylumNoWork = 0;
    const regions = new Set<string>();
    for (let i = 0; i < N; i++) {
      const p = generatePerson(world, i);
      if (p.careHours.some((b) => b !== 0)) care++;
      if (p.eligibility.authorisationKind === 'irregular') irregular++;
      if (p.eligibility.authorisationKind === 'asylum_seeker' && !p.eligibility.mayWork) asylumNoWork++;
      regions.add(p.location.regionCode);
      expect(p.transport.maxCommuteMinutes).toBeGreaterThanOrEqual(30);
      expect(p.transport.maxCommuteMinutes).toBeLessThanOrEqual(90);
    }
    expect(care / N).toBeCloseTo(0.3, 1);
    expect(irregular / N).toBeCloseTo(0.1, 1);
    expect(asylumNoWork / N).toBeCloseTo(0.1, 1);
    expect(regions.size).toBeGreaterThan(10);
  });
});
