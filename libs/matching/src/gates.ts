/**
 * Gates: conditions that exclude an option, each with a typed reason a case manager can read.
 * `gateMask` computes them as bits in cost order (flag checks first, then commute, schedule, language),
 * stopping at the first failure when ranking, or computing all of them for the "why not X?" list.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { EXCL_ISCO_PREFIX } from './compile/person-index';
import * as C from './compile/codes';
import { computeCommute, computeSchedule, type PairFacts } from './pair-facts';
import { iscoHasPrefix } from './vocabulary';
import { DEFAULT_REPLACEMENT_WINDOW_FRACTION, type EngineOpportunity } from './model';

/** In evaluation order (cheap first); the first failing one is the reason shown when ranking. */
export const GATE_REASONS = [
  'not_open',
  'not_authorised_work',
  'not_authorised_training',
  'authorisation_kind_not_accepted',
  'authorisation_ends_before_start',
  'minimum_age',
  'deadline_passed',
  'capacity_full',
  'programme_started',
  'starts_before_available',
  'excluded_sector',
  'no_digital_access',
  'not_accessible',
  'commute_too_long',
  'schedule_conflict',
  'language_below_minimum',
] as const;
export type GateReason = (typeof GATE_REASONS)[number];
export const GATE_BIT: Readonly<Record<GateReason, number>> = Object.freeze(
  Object.fromEntries(GATE_REASONS.map((r, i) => [r, 1 << i])) as Record<GateReason, number>,
);

/** Scheduled hours the person may miss before it counts as a conflict: 10% of the schedule. */
export const SCHEDULE_CONFLICT_TOLERANCE = 0.1;
/** A hard language minimum gates when the person is more than this many CEFR levels below it. */
export const LANGUAGE_GATE_GAP = 1;

/** Last epoch day a person can still join (start + replacement window for programmes; jobs: no limit). Same rule as inlined in gateMask. */
export function latestJoinDay(O: OpportunityIndex, oi: number): number {
  const start = O.start[oi];
  if (O.kind[oi] === C.KIND_CODE.job) return Infinity; // jobs: start dates are negotiable
  const end = O.end[oi];
  if (!Number.isFinite(end)) return start;
  return start + O.replacementFraction[oi] * (end - start);
}

/** latestJoinDay of an uncompiled opportunity (the HTTP side's replacement-window check): the same rule. */
export function latestJoinDayOf(o: Pick<EngineOpportunity, 'kind' | 'startDate' | 'endDate' | 'durationWeeks' | 'replacementWindowFraction'>): number {
  if (o.kind === 'job') return Infinity;
  const end = o.endDate ?? (o.durationWeeks ? o.startDate + 7 * o.durationWeeks : Infinity);
  if (!Number.isFinite(end)) return o.startDate;
  return o.startDate + (o.replacementWindowFraction ?? DEFAULT_REPLACEMENT_WINDOW_FRACTION) * (end - o.startDate);
}

/**
 * Bitmask of failing gates (0 = passes). Fills `facts` (commute, schedule) as a side effect so the
 * components can reuse them; when `stopAtFirst` returns before computing the expensive ones.
 */
export function gateMask(
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  now: number,
  facts: PairFacts,
  stopAtFirst: boolean,
): number {
  let m = 0;
  const of = O.flags[oi];
  const pf = P.flags[pi];
  const kind = O.kind[oi];

  if (!(of & C.OF_OPEN)) m |= GATE_BIT.not_open;
  if (of & C.OF_REQUIRES_WORK && !(pf & C.PF_MAY_WORK)) m |= GATE_BIT.not_authorised_work;
  if (kind !== C.KIND_CODE.job && !(pf & C.PF_MAY_TRAIN)) m |= GATE_BIT.not_authorised_training;
  const nKinds = O.authKinds.count[oi];
  // Null kind = no permit needed (nationals, returnees): accepted everywhere the activity is allowed.
  if (nKinds > 0 && P.authKind[pi] >= 0) {
    const base = O.authKinds.start[oi];
    let ok = false;
    for (let i = 0; i < nKinds; i++) if (O.authKinds.data[base + i] === P.authKind[pi]) ok = true;
    if (!ok) m |= GATE_BIT.authorisation_kind_not_accepted;
  }
  const startDay = Math.max(O.start[oi], now);
  if (P.authEnds[pi] < startDay) m |= GATE_BIT.authorisation_ends_before_start;
  if (of & C.OF_ADULTS_ONLY && !(pf & C.PF_ADULT)) m |= GATE_BIT.minimum_age;
  if (now > O.deadline[oi]) m |= GATE_BIT.deadline_passed;
  if (O.booked[oi] >= O.capacity[oi]) m |= GATE_BIT.capacity_full;
  // Programmes take people until the end of their replacement window (latestJoinDay, inlined here:
  // a double returned from a non-inlined call is boxed, and this loop must not allocate).
  if (kind !== C.KIND_CODE.job) {
    const start = O.start[oi];
    const end = O.end[oi];
    const joinBy = end === Infinity ? start : start + O.replacementFraction[oi] * (end - start);
    if (now > joinBy) m |= GATE_BIT.programme_started;
    else if (P.earliestStart[pi] > joinBy) m |= GATE_BIT.starts_before_available;
  }
  if (excludedSector(P, pi, O, oi)) m |= GATE_BIT.excluded_sector;
  const online = (of & (C.OF_REMOTE | C.OF_HYBRID)) !== 0;
  if (online && !(of & C.OF_DEVICE_LOAN) && (pf & (C.PF_DEVICE | C.PF_CONNECTIVITY)) !== (C.PF_DEVICE | C.PF_CONNECTIVITY)) {
    m |= GATE_BIT.no_digital_access;
  }
  if (pf & C.PF_LIMITED_MOBILITY && !(of & C.OF_REMOTE) && !(of & C.OF_ACCESSIBLE)) m |= GATE_BIT.not_accessible;
  if (m !== 0 && stopAtFirst) return m;

  computeCommute(P, pi, O, oi, facts);
  if (facts.commute > P.maxCommute[pi]) m |= GATE_BIT.commute_too_long; // NaN (unknown) never gates
  if (m !== 0 && stopAtFirst) return m;

  computeSchedule(P, pi, O, oi, facts);
  if (facts.conflictHours > SCHEDULE_CONFLICT_TOLERANCE * O.scheduleHours[oi]) m |= GATE_BIT.schedule_conflict;
  if (m !== 0 && stopAtFirst) return m;

  if (languageBelowHardMinimum(P, pi, O, oi)) m |= GATE_BIT.language_below_minimum;
  return m;
}

export function excludedSector(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): boolean {
  const n = P.excluded.count[pi];
  if (n === 0) return false;
  const d = P.excluded.data;
  const isco = O.isco[oi];
  const sector = O.sector[oi];
  for (let i = 0, o = P.excluded.start[pi]; i < n; i++, o += 3) {
    if (d[o] === EXCL_ISCO_PREFIX ? iscoHasPrefix(isco, d[o + 1], d[o + 2]) : d[o + 1] === sector) return true;
  }
  return false;
}

/** The person's level in a language (0 when absent). */
export function personLanguageLevel(P: PersonIndex, pi: number, languageId: number): number {
  const n = P.languages.count[pi];
  const d = P.languages.data;
  let best = 0;
  for (let i = 0, o = P.languages.start[pi]; i < n; i++, o += 2) if (d[o] === languageId && d[o + 1] > best) best = d[o + 1];
  return best;
}

export function languageBelowHardMinimum(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): boolean {
  const n = O.languages.count[oi];
  const d = O.languages.data;
  for (let i = 0, o = O.languages.start[oi]; i < n; i++, o += 3) {
    if (d[o + 2] === 1 && personLanguageLevel(P, pi, d[o]) < d[o + 1] - LANGUAGE_GATE_GAP) return true;
  }
  return false;
}

/** The first failing gate (evaluation order), or null. */
export function firstGate(mask: number): GateReason | null {
  if (mask === 0) return null;
  return GATE_REASONS[31 - Math.clz32(mask & -mask)];
}

/** Every failing gate, in evaluation order. */
export function gateReasons(mask: number): GateReason[] {
  const out: GateReason[] = [];
  for (let i = 0; i < GATE_REASONS.length; i++) if (mask & (1 << i)) out.push(GATE_REASONS[i]);
  return out;
}
