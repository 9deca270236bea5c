/**
 * Language component: mean over the opportunity's language minimums of 1 at or above the minimum,
 * partial one level below (more when the opportunity offers language support), 0 further below
 * (for hard minimums that case is already gated).
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import type { PersonIndex } from '../compile/person-index';
import { OF_LANGUAGE_SUPPORT } from '../compile/codes';
import { personLanguageLevel } from '../gates';

export const ONE_LEVEL_BELOW = 0.5;
export const ONE_LEVEL_BELOW_WITH_SUPPORT = 0.75;

export function languageComponent(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const n = O.languages.count[oi];
  if (n === 0) return 1;
  const support = (O.flags[oi] & OF_LANGUAGE_SUPPORT) !== 0;
  const d = O.languages.data;
  let sum = 0;
  for (let i = 0, o = O.languages.start[oi]; i < n; i++, o += 3) {
    const gap = d[o + 1] - personLanguageLevel(P, pi, d[o]);
    if (gap <= 0) sum += 1;
    else if (gap === 1) sum += support ? ONE_LEVEL_BELOW_WITH_SUPPORT : ONE_LEVEL_BELOW;
  }
  return sum / n;
}
