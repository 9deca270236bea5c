/**
 * The benchmark's honesty check: where the engine and the SQL baseline compute the same thing they must
 * give the same answer.
 *
 * - Eligibility: the set of opportunities that pass every engine gate for a person equals the set the
 *   baseline's WHERE clause returns (skills ignored), on the realistic data.
 * - Order: with the engine's weights set to skills only, no taxonomy relatedness, every opportunity
 *   asking exactly `COINCIDING_ESSENTIALS` essential skills at any level and every person's skills
 *   certified, the engine's score is 100 x overlap / 5: the same order as the baseline's overlap count
 *   (ties by id on both sides). `coinciding*` map the realistic data to that configuration.
 */
import {
  gateMask,
  OpportunityIndex,
  PairFacts,
  rankOpportunities,
  RankScratch,
  type EngineOpportunity,
  type EnginePerson,
  type PersonIndex,
  type Weights,
} from '@app/matching';
import type { Client } from 'pg';
import { eligibleSql, rankingSql, type QueryForm } from './queries';
import { idNumber, personParams } from './rows';

export const COINCIDING_ESSENTIALS = 5;
const PADDING_SKILL = 100_000_000;
export const COINCIDING_WEIGHTS: Partial<Weights> = {
  skills: 1,
  experience: 0,
  language: 0,
  credentials: 0,
  logistics: 0,
  completion: 0,
  aspiration: 0,
  demand: 0,
};

export function coincidingOpportunity(o: EngineOpportunity): EngineOpportunity {
  const essentials = [...o.essentialSkills, ...o.skillsConferred, ...o.optionalSkills];
  const ids = [...new Set(essentials.map((s) => s.skillId))].slice(0, COINCIDING_ESSENTIALS);
  // Padding that nobody holds (outside the taxonomy's id space) keeps the denominator at exactly 5.
  for (let k = 0; ids.length < COINCIDING_ESSENTIALS; k++) if (!ids.includes(PADDING_SKILL + k)) ids.push(PADDING_SKILL + k);
  return { ...o, essentialSkills: ids.map((skillId) => ({ skillId, level: 0 })), optionalSkills: [] };
}

export function coincidingPerson(p: EnginePerson): EnginePerson {
  return { ...p, skills: p.skills.map((s) => ({ ...s, level: 3, evidence: 'certified' })) };
}

/** Opportunity numbers (see rows.ts idNumber) that pass every engine gate for person slot `pi`, ascending. */
export function engineEligible(P: PersonIndex, pi: number, O: OpportunityIndex, now: number): number[] {
  const facts = new PairFacts();
  const out: number[] = [];
  for (let oi = 0; oi < O.slots.highWater; oi++) {
    if (O.source[oi] && gateMask(P, pi, O, oi, now, facts, true) === 0) out.push(idNumber(O.idOf(oi)));
  }
  return out.sort((a, b) => a - b);
}

export async function sqlEligible(c: Client, table: string, person: EnginePerson, now: number): Promise<number[]> {
  const r = await c.query<{ n: number }>(eligibleSql(table), personParams(person, now));
  return r.rows.map((x) => x.n);
}

/** The engine's top 20 with skills-only weights, entries with a positive overlap (the SQL requires one). */
export function engineTopByOverlap(scratch: RankScratch, P: PersonIndex, pi: number, O: OpportunityIndex, now: number): number[] {
  const r = rankOpportunities(scratch, P, pi, O, { now, weights: COINCIDING_WEIGHTS, pathways: false, limit: 20 });
  return r.results.filter((x) => x.score > 0).map((x) => idNumber(x.opportunityId));
}

export async function sqlTopByOverlap(c: Client, table: string, form: QueryForm, person: EnginePerson, now: number): Promise<number[]> {
  const r = await c.query<{ n: number }>(rankingSql(table, form), personParams(person, now));
  return r.rows.map((x) => x.n);
}

export const sameList = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
