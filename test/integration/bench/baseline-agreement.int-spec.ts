/**
 * The benchmark's honesty check on small sizes (demo taxonomy unless the full ESCO is present), against
 * the real PostgreSQL: the baseline's WHERE clause and the engine's gates select the same opportunities,
 * and where the scoring functions coincide (skills only, overlap-count configuration) both rank the same
 * top 20 in the same order, in both SQL forms. See test/bench/baseline/agreement.ts.
 */
import { RankScratch, Vocabulary, NO_RELATEDNESS } from '@app/matching';
import { Client } from 'pg';
import {
  coincidingOpportunity,
  coincidingPerson,
  engineEligible,
  engineTopByOverlap,
  sqlEligible,
  sqlTopByOverlap,
} from '../../bench/baseline/agreement';
import { createBenchDatabase, type BenchDatabase } from '../../bench/baseline/database';
import { createBaselineTable } from '../../bench/baseline/load';
import { compileOpportunityRange, compilePersonRange, engineVocabulary, opportunities, people } from '../../bench/data/compile';
import { loadBenchTaxonomy } from '../../bench/data/taxonomy-source';
import { createWorld, type BenchWorld } from '../../bench/data/world';

const OPPORTUNITIES = 2000;
const PEOPLE = 60;

describe('benchmark honesty: engine vs SQL baseline', () => {
  let db: BenchDatabase;
  let c: Client;
  let world: BenchWorld;

  beforeAll(async () => {
    world = createWorld((await loadBenchTaxonomy({ allowDemo: true, preferDemo: true }))!, 7);
    db = await createBenchDatabase();
    c = new Client({ connectionString: db.url });
    await c.connect();
    await createBaselineTable(c, 'opp', opportunities(world, 0, OPPORTUNITIES));
    await createBaselineTable(c, 'opp_coinciding', opportunities(world, 0, OPPORTUNITIES, coincidingOpportunity));
  });

  afterAll(async () => {
    await c?.end();
    await db?.drop();
  });

  it('selects the same eligible opportunities for every person (all gates, realistic data)', async () => {
    const vocab = engineVocabulary(world);
    const O = compileOpportunityRange(vocab, opportunities(world, 0, OPPORTUNITIES));
    const P = compilePersonRange(vocab, people(world, 0, PEOPLE));
    let nonEmpty = 0;
    for (let i = 0; i < PEOPLE; i++) {
      const person = [...people(world, i, i + 1)][0];
      const engine = engineEligible(P, P.slotOf(person.id), O, world.now);
      const sql = await sqlEligible(c, 'opp', person, world.now);
      expect({ person: person.id, ids: sql }).toEqual({ person: person.id, ids: engine });
      if (engine.length > 0) nonEmpty++;
    }
    // The check means something only if people do have options (and are excluded from others).
    expect(nonEmpty).toBeGreaterThan(PEOPLE / 3);
  });

  it('ranks the same top 20 in the same order where the scoring functions coincide', async () => {
    const vocab = new Vocabulary(NO_RELATEDNESS);
    const O = compileOpportunityRange(vocab, opportunities(world, 0, OPPORTUNITIES, coincidingOpportunity));
    const P = compilePersonRange(vocab, people(world, 0, PEOPLE, coincidingPerson));
    const scratch = new RankScratch(vocab.relatedness);
    let withResults = 0;
    for (let i = 0; i < PEOPLE; i++) {
      const person = coincidingPerson([...people(world, i, i + 1)][0]);
      const engine = engineTopByOverlap(scratch, P, P.slotOf(person.id), O, world.now);
      for (const form of ['straightforward', 'tuned'] as const) {
        expect({ person: person.id, form, top: await sqlTopByOverlap(c, 'opp_coinciding', form, person, world.now) }).toEqual({ person: person.id, form, top: engine });
      }
      if (engine.length > 0) withResults++;
    }
    expect(withResults).toBeGreaterThan(PEOPLE / 3);
  });
});
