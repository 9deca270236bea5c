/**
 * Credentials component: the best qualification at or above the minimum EQF level. Recognised counts
 * fully; in-progress, unrecognised and undocumented ones count partly, and only where the opportunity
 * accepts unrecognised credentials (dual training exists to give a recognised certificate).
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import type { PersonIndex } from '../compile/person-index';
import { OF_ACCEPTS_UNRECOGNISED } from '../compile/codes';

/** Credit by recognition code: recognised, in_progress, not_recognised, undocumented. */
export const RECOGNITION_CREDIT: readonly number[] = [1, 0.7, 0.5, 0.4];

/** 1 when no minimum EQF is asked; else the credit of the best usable qualification (0 when none). */
export function credentialsComponent(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  if (O.minEqf[oi] <= 0) return 1;
  const best = bestCredential(P, pi, O, oi);
  return best === -1 ? 0 : RECOGNITION_CREDIT[best];
}

/** Recognition code of the best usable qualification at/above the minimum EQF, or -1 when none counts. */
export function bestCredential(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): number {
  const min = O.minEqf[oi];
  const accepts = (O.flags[oi] & OF_ACCEPTS_UNRECOGNISED) !== 0;
  const n = P.qualifications.count[pi];
  const d = P.qualifications.data;
  let best = -1;
  for (let i = 0, o = P.qualifications.start[pi]; i < n; i++, o += 2) {
    if (d[o] < min) continue;
    const code = d[o + 1];
    if (code !== 0 && !accepts) continue;
    if (best === -1 || code < best) best = code; // lower code = stronger recognition
  }
  return best;
}

/** Strongest recognition (lowest code) among qualifications at/above the minimum, ignoring acceptance (for explanations). */
export function strongestHeldRecognition(P: PersonIndex, pi: number, minEqf: number): number {
  const n = P.qualifications.count[pi];
  const d = P.qualifications.data;
  let best = -1;
  for (let i = 0, o = P.qualifications.start[pi]; i < n; i++, o += 2) {
    if (d[o] >= minEqf && (best === -1 || d[o + 1] < best)) best = d[o + 1];
  }
  return best;
}
