/**
 * What every generated record is drawn from: the taxonomy pools (occupations worth posting, transversal
 * skills, all ordinary skills), the seed and "today". Built once per run; records are then pure functions
 * of (world, index).
 */
import { csrRow } from '@app/taxonomy';
import type { BenchTaxonomy } from './taxonomy-source';
import { cumulative } from './prng';

/** 2026-01-15 as an epoch day: a fixed "today" so runs on different days build the same data. */
export const BENCH_NOW = Math.floor(Date.UTC(2026, 0, 15) / 86_400_000);
export const DEFAULT_SEED = 20260115;
/** Occupations with fewer essential skills are not posted (10 of ~3,000 in ESCO 1.1.1). */
export const MIN_ESSENTIAL_SKILLS = 5;

/**
 * Relative frequency of vacancies by ISCO major group in the Ecuadorian market the programmes serve:
 * services and sales (5), crafts (7), operators (8) and elementary occupations (9) dominate.
 */
const ISCO_MAJOR_WEIGHT = [0.1, 0.5, 0.8, 1, 1, 2.5, 0.8, 2, 1.5, 2.5];

export interface BenchWorld {
  seed: number;
  now: number;
  tax: BenchTaxonomy;
  /** Occupation ids that can be posted, and their cumulative sampling weights. */
  occupations: Int32Array;
  occupationWeights: Float64Array;
  /** Transversal ESCO skills (communication, teamwork, ...): the noise every CV carries. */
  transversalSkills: Int32Array;
  /** Ordinary skills and knowledge (language skills excluded: languages are a separate field). */
  anySkills: Int32Array;
}

export function createWorld(tax: BenchTaxonomy, seed = DEFAULT_SEED, now = BENCH_NOW): BenchWorld {
  const snap = tax.snapshot;
  const occ: number[] = [];
  const weights: number[] = [];
  for (let o = 0; o < snap.occupations.uris.length; o++) {
    if (csrRow(snap.essential, o).length < MIN_ESSENTIAL_SKILLS) continue;
    const isco = snap.occupations.iscoGroup[o];
    occ.push(o);
    weights.push(isco >= 0 ? ISCO_MAJOR_WEIGHT[Math.floor(isco / 1000)] : 1);
  }
  const transversal: number[] = [];
  const any: number[] = [];
  snap.skills.type.forEach((type, id) => {
    if (type === 'language') return;
    any.push(id);
    if (snap.skills.reuseLevel[id] === 'transversal') transversal.push(id);
  });
  return {
    seed,
    now,
    tax,
    occupations: Int32Array.from(occ),
    occupationWeights: cumulative(weights),
    transversalSkills: Int32Array.from(transversal.length ? transversal : any),
    anySkills: Int32Array.from(any),
  };
}

/** Zero-padded ids: string order equals index order (the engine breaks ties by id, SQL by number). */
export const opportunityId = (i: number): string => `o${String(i).padStart(8, '0')}`;
export const personId = (i: number): string => `p${String(i).padStart(8, '0')}`;
