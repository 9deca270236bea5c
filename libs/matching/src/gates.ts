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
  'permit_ends_before',
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

// Plain constants for the hot loop (the same bits as GATE_BIT; gates.spec.ts checks they agree).
export const GATE_AUTH_KIND = 1 << 3;
export const GATE_AUTH_ENDS = 1 << 4;
export const GATE_DEADLINE = 1 << 6;
export const GATE_CAPACITY = 1 << 7;
export const GATE_STARTED = 1 << 8;
export const GATE_STARTS_BEFORE = 1 << 9;
export const GATE_EXCLUDED_SECTOR = 1 << 10;
export const GATE_COMMUTE = 1 << 13;
export const GATE_SCHEDULE = 1 << 14;
export const GATE_LANGUAGE = 1 << 15;

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
 * `waitingList`: a full opportunity is not gated (the caller asked for waiting-list options and marks them).
 */
export function gateMask(
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  now: number,
  facts: PairFacts,
  stopAtFirst: boolean,
  waitingList = false,
): number {
  // The six flag gates at once: each requirement bit is its gate's bit (codes.ts REQ_*).
  let m = O.needs[oi] & P.lacks[pi];
  const nKinds = O.authKinds.count[oi];
  // Null kind = no permit needed (nationals, returnees): accepted everywhere the activity is allowed.
  if (nKinds > 0 && P.authKind[pi] >= 0) {
    const base = O.authKinds.start[oi];
    const d = O.authKinds.data;
    const kindId = P.authKind[pi];
    let ok = false;
    for (let i = 0; i < nKinds; i++) if (d[base + i] === kindId) ok = true;
    if (!ok) m |= GATE_AUTH_KIND;
  }
  if (P.authEnds[pi] < Math.max(O.start[oi], now)) m |= GATE_AUTH_ENDS;
  if (now > O.deadline[oi]) m |= GATE_DEADLINE;
  if (O.booked[oi] >= O.capacity[oi] && !waitingList) m |= GATE_CAPACITY;
  // Programmes take people until the end of their replacement window (latestJoinDay, precomputed per
  // opportunity; Infinity for jobs, so neither gate can fire for them).
  const joinBy = O.joinBy[oi];
  if (now > joinBy) m |= GATE_STARTED;
  else if (P.earliestStart[pi] > joinBy) m |= GATE_STARTS_BEFORE;
  if (P.excluded.count[pi] !== 0 && excludedSector(P, pi, O, oi)) m |= GATE_EXCLUDED_SECTOR;
  if (m !== 0 && stopAtFirst) return m;

  computeCommute(P, pi, O, oi, facts);
  if (facts.commute > P.maxCommute[pi]) m |= GATE_COMMUTE; // NaN (unknown) never gates
  if (m !== 0 && stopAtFirst) return m;

  computeSchedule(P, pi, O, oi, facts);
  if (facts.conflictHours > SCHEDULE_CONFLICT_TOLERANCE * O.scheduleHours[oi]) m |= GATE_SCHEDULE;
  if (m !== 0 && stopAtFirst) return m;

  if (O.languages.count[oi] !== 0 && languageBelowHardMinimum(P, pi, O, oi)) m |= GATE_LANGUAGE;
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
