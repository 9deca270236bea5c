/**
 * Experience component: months in the same occupation (full), same ISCO unit group (partial), same
 * minor group (less), informal experience discounted; saturating so the first two years matter most.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import { EXPERIENCE_STRIDE, type PersonIndex } from '../compile/person-index';

export const SAME_OCCUPATION = 1;
export const SAME_ISCO_UNIT = 0.6;
export const SAME_ISCO_MINOR = 0.3;
export const INFORMAL_FACTOR = 0.8;
/** 1 - exp(-months / 24): 1 year ~ 0.39, 2 years ~ 0.63, 4 years ~ 0.86. */
export const EXPERIENCE_SATURATION_MONTHS = 24;
/** No target occupation to compare with (e.g. a general training): neutral. */
export const EXPERIENCE_NEUTRAL = 0.5;

/** How an experience entry relates to an opportunity's occupation: 0 none, else its weight. */
export function experienceMatch(O: OpportunityIndex, oi: number, occupationId: number, iscoGroup: number): number {
  const occ = O.occupation[oi];
  const isco = O.isco[oi];
  if (occ >= 0 && occupationId === occ) return SAME_OCCUPATION;
  if (isco >= 0 && iscoGroup === isco) return SAME_ISCO_UNIT;
  if (isco >= 0 && iscoGroup >= 0 && Math.floor(iscoGroup / 10) === Math.floor(isco / 10)) return SAME_ISCO_MINOR;
  return 0;
}

/** Relevant months after match and formality factors. */
export function relevantMonths(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const n = P.experience.count[pi];
  const d = P.experience.data;
  let months = 0;
  for (let i = 0, o = P.experience.start[pi]; i < n; i++, o += EXPERIENCE_STRIDE) {
    const match = experienceMatch(O, oi, d[o], d[o + 1]);
    if (match > 0) months += d[o + 2] * match * (d[o + 3] === 1 ? 1 : INFORMAL_FACTOR);
  }
  return months;
}

/** Writes the experience component into `out[at]` (allocation-free form, see skillsInto). */
export function experienceInto(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, out: Float64Array, at: number): void {
  if (O.occupation[oi] < 0 && O.isco[oi] < 0) {
    out[at] = EXPERIENCE_NEUTRAL;
    return;
  }
  const months = relevantMonths(P, pi, O, oi);
  // No relevant months (most pairs): 1 - exp(-0) is exactly 0, without calling exp.
  out[at] = months === 0 ? 0 : 1 - Math.exp(-months / EXPERIENCE_SATURATION_MONTHS);
}

const ONE = new Float64Array(1);

export function experienceComponent(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  experienceInto(P, pi, O, oi, ONE, 0);
  return ONE[0];
}
