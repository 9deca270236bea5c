/**
 * Similarity between skills and between occupations over the integer ids of a TaxonomySnapshot.
 * Pure array lookups: the engine calls these (or reads `skillBroader` / `skillGroup` directly, which
 * is what libs/matching's ArrayRelatedness takes) inside its scoring loop.
 *
 * Values (kept equal to libs/matching's BROADER_NARROWER_CREDIT and SAME_GROUP_CREDIT):
 *   skills:      same concept 1; one is the direct broader concept of the other 0.7;
 *                same nearest skill group 0.5; otherwise 0.
 *   occupations: same concept 1; same ISCO-08 unit group 0.6 + 0.4·J; otherwise J,
 *                where J is the Jaccard index of their essential skill sets.
 *                (Occupations of one unit group share a lot of work even when ESCO lists few common
 *                essential skills; across unit groups only shared skills say anything.)
 */
import { csrRow, type TaxonomySnapshot } from './snapshot';

export const SAME_SKILL = 1;
export const BROADER_NARROWER = 0.7;
export const SAME_SKILL_GROUP = 0.5;
export const SAME_ISCO_UNIT_BASE = 0.6;

export function skillSimilarity(snap: TaxonomySnapshot, a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return SAME_SKILL;
  if (snap.skillBroader[a] === b || snap.skillBroader[b] === a) return BROADER_NARROWER;
  const g = snap.skillGroup[a];
  if (g >= 0 && g === snap.skillGroup[b]) return SAME_SKILL_GROUP;
  return 0;
}

/** |A ∩ B| / |A ∪ B| of two sorted id arrays (0 when both are empty). */
export function jaccardSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

export function occupationSimilarity(snap: TaxonomySnapshot, a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  const j = jaccardSorted(csrRow(snap.essential, a), csrRow(snap.essential, b));
  const ia = snap.occupations.iscoGroup[a];
  if (ia >= 0 && ia === snap.occupations.iscoGroup[b]) return SAME_ISCO_UNIT_BASE + (1 - SAME_ISCO_UNIT_BASE) * j;
  return j;
}

/** Dense-id lookups by URI (built once; the engine keeps ids, APIs speak URIs). */
export class TaxonomyIds {
  private readonly skills: Map<string, number>;
  private readonly occupations: Map<string, number>;
  constructor(snap: TaxonomySnapshot) {
    this.skills = new Map(snap.skills.uris.map((u, i) => [u, i]));
    this.occupations = new Map(snap.occupations.uris.map((u, i) => [u, i]));
  }
  skill(uri: string): number {
    return this.skills.get(uri) ?? -1;
  }
  occupation(uri: string): number {
    return this.occupations.get(uri) ?? -1;
  }
}
