/**
 * Aspiration fit: the person decides, the system recommends; what they say they want counts.
 * Occupation preference (exact > ISCO prefix or preferred sector) and preferred pathway. Unstated = neutral 0.5.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import { EXCL_ISCO_PREFIX, type PersonIndex } from '../compile/person-index';
import { OF_SELF_EMPLOYMENT, PATHWAY_CODE } from '../compile/codes';
import { iscoHasPrefix } from '../vocabulary';

export const OCCUPATION_SHARE = 0.6;
export const PATHWAY_SHARE = 0.4;
export const ISCO_PREFERENCE_CREDIT = 0.8;
export const NEUTRAL = 0.5;

export function occupationPreference(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const nOcc = P.preferredOccupations.count[pi];
  const nIsco = P.preferredIsco.count[pi];
  const nSector = P.preferredSectors.count[pi];
  if (nOcc === 0 && nIsco === 0 && nSector === 0) return NEUTRAL;
  const occ = O.occupation[oi];
  const d = P.preferredOccupations.data;
  for (let i = 0, o = P.preferredOccupations.start[pi]; i < nOcc; i++, o++) if (occ >= 0 && d[o] === occ) return 1;
  const g = P.preferredIsco.data;
  for (let i = 0, o = P.preferredIsco.start[pi]; i < nIsco; i++, o += 2) {
    if (iscoHasPrefix(O.isco[oi], g[o], g[o + 1])) return ISCO_PREFERENCE_CREDIT;
  }
  // A preferred sector (sector code or ISCO prefix) counts like an ISCO prefix of a preferred occupation.
  if (nSector !== 0 && preferredSector(P, pi, O, oi) >= 0) return ISCO_PREFERENCE_CREDIT;
  return 0;
}

/** Index of the person's preferred-sector record this opportunity is in, or -1. */
export function preferredSector(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const d = P.preferredSectors.data;
  for (let i = 0, o = P.preferredSectors.start[pi]; i < P.preferredSectors.count[pi]; i++, o += 3) {
    if (d[o] === EXCL_ISCO_PREFIX ? iscoHasPrefix(O.isco[oi], d[o + 1], d[o + 2]) : d[o + 1] === O.sector[oi]) return i;
  }
  return -1;
}

export function pathwayPreference(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const pref = P.pathway[pi];
  if (pref < 0) return NEUTRAL;
  const kind = O.kind[oi];
  if (pref === PATHWAY_CODE.self_employment) return O.flags[oi] & OF_SELF_EMPLOYMENT ? 1 : 0;
  return pref === kind ? 1 : 0; // PATHWAY_CODE and KIND_CODE share 0..2
}

export function aspirationComponent(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  return OCCUPATION_SHARE * occupationPreference(P, pi, O, oi) + PATHWAY_SHARE * pathwayPreference(P, pi, O, oi);
}
