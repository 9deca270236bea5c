/**
 * Logistics component: how easy it is to get there and to attend. Commute relative to the person's
 * maximum, and the share of scheduled hours the person can attend.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import type { PersonIndex } from '../compile/person-index';
import { PF_LIMITED_MOBILITY } from '../compile/codes';
import type { PairFacts } from '../pair-facts';

export const COMMUTE_SHARE = 0.6;
export const SCHEDULE_SHARE = 0.4;
/** A commute at the person's maximum still scores 1 - 0.7 = 0.3 (it passed the gate). */
export const COMMUTE_PENALTY_AT_MAX = 0.7;
/**
 * Limited mobility: every minute of a journey costs more, so near (and home-based or remote) options rank
 * first; a commute at the person's maximum scores 0 instead of 0.3. The maximum itself is the person's own
 * (decided in issue 15: halving it hid accessible places a few hundred metres away).
 */
export const LIMITED_MOBILITY_PENALTY_AT_MAX = 1;
/** Opportunity location unknown: neither good nor bad. */
export const UNKNOWN_COMMUTE_SCORE = 0.5;

export function commuteScore(commute: number, maxCommute: number, limitedMobility = false): number {
  if (Number.isNaN(commute)) return UNKNOWN_COMMUTE_SCORE;
  if (commute <= 0) return 1;
  const r = commute / (maxCommute > 1 ? maxCommute : 1);
  const penalty = limitedMobility ? LIMITED_MOBILITY_PENALTY_AT_MAX : COMMUTE_PENALTY_AT_MAX;
  return r >= 1 ? 1 - penalty : 1 - penalty * r;
}

export function scheduleScore(facts: PairFacts, O: OpportunityIndex, oi: number): number {
  const h = O.scheduleHours[oi];
  return h === 0 ? 1 : 1 - facts.conflictHours / h;
}

export function logisticsComponent(P: PersonIndex, pi: number, facts: PairFacts, O: OpportunityIndex, oi: number): number {
  return COMMUTE_SHARE * commuteScore(facts.commute, P.maxCommute[pi], (P.flags[pi] & PF_LIMITED_MOBILITY) !== 0) + SCHEDULE_SHARE * scheduleScore(facts, O, oi);
}
