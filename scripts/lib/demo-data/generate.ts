import { generateOpportunities } from './opportunities';
import { GENERATED_PEOPLE, generatePerson } from './people';
import { Rng } from './rng';
import { showcaseOpportunities, showcasePeople } from './showcase';
import type { DemoDataSet } from './types';

/** The seed of the shipped demo: change it and every generated person and posting changes. */
export const DEMO_SEED = 20240601;

/**
 * The whole demo data set, pure and deterministic: the same seed and day give the same data.
 * Dates (starts, deadlines, permit expiries) are relative to `today` so the demo never goes stale.
 */
export function generateDemoData(today: string, seed = DEMO_SEED): DemoDataSet {
  const rng = new Rng(seed);
  const people = [...showcasePeople(today)];
  for (let n = 1; n <= GENERATED_PEOPLE; n++) people.push(generatePerson(rng, n, today));
  const opportunities = [...showcaseOpportunities(today), ...generateOpportunities(rng, today)];
  return { people, opportunities };
}
