/**
 * Completion likelihood for trainings and apprenticeships: what the field says makes people drop out
 * (long commutes, tight schedules next to family duties, no income, a permit that ends mid-programme),
 * as multiplicative factors. Not applicable to jobs (reported as 1, not weighted: see score.ts).
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import type { PersonIndex } from '../compile/person-index';
import { KIND_CODE, OF_STIPEND, PF_NEEDS_INCOME } from '../compile/codes';
import type { PairFacts } from '../pair-facts';

/** A commute at the maximum lowers completion by 30%; unknown location by 10%. */
export const COMMUTE_DROP_AT_MAX = 0.3;
export const UNKNOWN_COMMUTE_FACTOR = 0.9;
/** The schedule takes more than 80% of the hours the person has: tight, up to -50% at 100%. */
export const TIGHT_SCHEDULE_SHARE = 0.8;
export const TIGHT_SCHEDULE_DROP = 0.5;
/** Needs income, programme pays nothing. */
export const NO_INCOME_FACTOR = 0.6;
/** Permit ends before the programme: 0.3 + 0.7 x the share of the programme it covers. */
export const PERMIT_FLOOR = 0.3;

/** Share of the programme (0..1) the authorisation covers; 1 when it does not end first. */
export function authorisationCoverage(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, now: number): number {
  const ends = P.authEnds[pi];
  const end = O.end[oi];
  if (!Number.isFinite(end) || ends >= end) return 1;
  const start = Math.max(O.start[oi], now);
  if (end <= start) return 1;
  const c = (ends - start) / (end - start);
  return c <= 0 ? 0 : c;
}

/** Writes completion likelihood into `out[at]` (allocation-free form: see skillsInto). */
export function completionInto(
  P: PersonIndex,
  pi: number,
  facts: PairFacts,
  O: OpportunityIndex,
  oi: number,
  now: number,
  out: Float64Array,
  at: number,
): void {
  if (O.kind[oi] === KIND_CODE.job) {
    out[at] = 1;
    return;
  }
  let c = 1;
  const commute = facts.commute;
  if (Number.isNaN(commute)) c *= UNKNOWN_COMMUTE_FACTOR;
  else if (commute > 0) {
    const max = P.maxCommute[pi] > 1 ? P.maxCommute[pi] : 1;
    c *= 1 - COMMUTE_DROP_AT_MAX * Math.min(1, commute / max);
  }
  const h = O.scheduleHours[oi];
  if (h > 0) {
    c *= 1 - facts.conflictHours / h;
    const share = facts.availableHours > 0 ? h / facts.availableHours : 1;
    if (share > TIGHT_SCHEDULE_SHARE) {
      c *= 1 - TIGHT_SCHEDULE_DROP * Math.min(1, (share - TIGHT_SCHEDULE_SHARE) / (1 - TIGHT_SCHEDULE_SHARE));
    }
  }
  if (P.flags[pi] & PF_NEEDS_INCOME && !(O.flags[oi] & OF_STIPEND)) c *= NO_INCOME_FACTOR;
  c *= PERMIT_FLOOR + (1 - PERMIT_FLOOR) * authorisationCoverage(P, pi, O, oi, now);
  out[at] = c;
}

const ONE = new Float64Array(1);

export function completionComponent(P: PersonIndex, pi: number, facts: PairFacts, O: OpportunityIndex, oi: number, now: number): number {
  completionInto(P, pi, facts, O, oi, now, ONE, 0);
  return ONE[0];
}
