/**
 * Generated data straight into the engine's compiled indexes. People are generated one at a time and
 * upserted immediately, so a million of them never exist as objects at the same time (the index holds
 * typed arrays only).
 */
import { ArrayRelatedness, OpportunityIndex, PersonIndex, Vocabulary, type EngineOpportunity, type EnginePerson } from '@app/matching';
import { generateOpportunity } from './opportunities';
import { generatePerson } from './people';
import type { BenchWorld } from './world';

/** The vocabulary the scorer builds: taxonomy relatedness from the snapshot (scorer-index.service.ts). */
export function engineVocabulary(world: BenchWorld): Vocabulary {
  const snap = world.tax.snapshot;
  return new Vocabulary(new ArrayRelatedness(snap.skillBroader, snap.skillGroup));
}

export function* opportunities(world: BenchWorld, from: number, to: number, map: (o: EngineOpportunity) => EngineOpportunity = (o) => o): Generator<EngineOpportunity> {
  for (let i = from; i < to; i++) yield map(generateOpportunity(world, i));
}

export function* people(world: BenchWorld, from: number, to: number, map: (p: EnginePerson) => EnginePerson = (p) => p): Generator<EnginePerson> {
  for (let i = from; i < to; i++) yield map(generatePerson(world, i));
}

/** As the scorer loads its index at start: one bulk upsert, in grid-cell order (adjacent slots per cell). */
export function compileOpportunityRange(vocab: Vocabulary, source: Iterable<EngineOpportunity>, into = new OpportunityIndex(vocab)): OpportunityIndex {
  into.upsertMany([...source]);
  return into;
}

/** One upsert at a time, in id order: the layout of opportunities that arrive after the start (diagnosis). */
export function compileOpportunitiesOneByOne(vocab: Vocabulary, source: Iterable<EngineOpportunity>, into = new OpportunityIndex(vocab)): OpportunityIndex {
  for (const o of source) into.upsert(o);
  return into;
}

export function compilePersonRange(vocab: Vocabulary, source: Iterable<EnginePerson>, into = new PersonIndex(vocab)): PersonIndex {
  for (const p of source) into.upsert(p);
  return into;
}
