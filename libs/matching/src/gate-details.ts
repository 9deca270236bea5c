/**
 * Every failing gate of a pair as a typed reason with the facts behind it ("why not X?"): the minutes
 * and the maximum of a commute, the first block of a schedule clash, the language and both levels, the
 * seats, the dates. The gate mask (gates.ts) decides; this only reads the facts for the few options
 * shown, so it may allocate.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { EXCL_ISCO_PREFIX } from './compile/person-index';
import * as C from './compile/codes';
import { bestMode } from './geo';
import { gateMask, GATE_BIT, gateReasons, LANGUAGE_GATE_GAP, personLanguageLevel, type GateReason } from './gates';
import type { TransportMode } from './model';
import { PairFacts } from './pair-facts';
import { iscoHasPrefix } from './vocabulary';
import { GRID_WORDS } from './week-grid';

/** Adults only means 18 or older (the engine knows only the derived fact `isAdult`). */
export const ADULT_AGE = 18;

/** Dates are epoch days here; readers turn them into ISO dates. */
export type GateDetail =
  | { code: 'not_open' }
  | { code: 'not_authorised_work'; authorisationKind: string | null }
  | { code: 'not_authorised_training'; authorisationKind: string | null }
  | { code: 'authorisation_kind_not_accepted'; authorisationKind: string | null; accepted: string[] }
  | { code: 'permit_ends_before'; endsAt: number; startsAt: number; programmeEndsAt: number | null }
  | { code: 'minimum_age'; minimumAge: number }
  | { code: 'deadline_passed'; deadline: number }
  | { code: 'capacity_full'; capacity: number; booked: number }
  | { code: 'programme_started'; startDate: number; joinBy: number }
  | { code: 'starts_before_available'; joinBy: number; earliestStart: number }
  | { code: 'excluded_sector'; sector: string }
  | { code: 'no_digital_access'; needs: Array<'device' | 'connectivity'>; onlineSessions: 'all' | 'some' }
  | { code: 'not_accessible' }
  | { code: 'commute_too_long'; minutes: number; maxMinutes: number; mode: TransportMode }
  | { code: 'schedule_conflict'; day: number; from: number; to: number; hours: number; careHours: number; resolvedBy: 'childcare' | null }
  | { code: 'language_below_minimum'; language: string; required: number; has: number };

/** Gates to leave out (bits of GATE_BIT), e.g. capacity for waiting-list options. */
export function gateDetails(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, now: number, ignore = 0, facts = new PairFacts()): GateDetail[] {
  const mask = gateMask(P, pi, O, oi, now, facts, false) & ~ignore;
  return gateReasons(mask).map((gate) => detailOf(gate, P, pi, O, oi, facts));
}

function authKindName(P: PersonIndex, pi: number): string | null {
  const id = P.authKind[pi];
  return id < 0 ? null : P.vocab.authorisationKinds.name(id);
}

/** `facts` holds the pair's commute and schedule (gateMask computed them without early exit). */
export function detailOf(gate: GateReason, P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, facts: PairFacts): GateDetail {
  switch (gate) {
    case 'not_open':
    case 'not_accessible':
      return { code: gate };
    case 'not_authorised_work':
    case 'not_authorised_training':
      return { code: gate, authorisationKind: authKindName(P, pi) };
    case 'authorisation_kind_not_accepted': {
      const accepted: string[] = [];
      for (let i = 0, o = O.authKinds.start[oi]; i < O.authKinds.count[oi]; i++, o++) accepted.push(P.vocab.authorisationKinds.name(O.authKinds.data[o]));
      return { code: gate, authorisationKind: authKindName(P, pi), accepted: accepted.sort() };
    }
    case 'permit_ends_before':
      return { code: gate, endsAt: P.authEnds[pi], startsAt: O.start[oi], programmeEndsAt: Number.isFinite(O.end[oi]) ? O.end[oi] : null };
    case 'minimum_age':
      return { code: gate, minimumAge: ADULT_AGE };
    case 'deadline_passed':
      return { code: gate, deadline: O.deadline[oi] };
    case 'capacity_full':
      return { code: gate, capacity: O.capacity[oi], booked: O.booked[oi] };
    case 'programme_started':
      return { code: gate, startDate: O.start[oi], joinBy: Math.floor(O.joinBy[oi]) };
    case 'starts_before_available':
      return { code: gate, joinBy: Math.floor(O.joinBy[oi]), earliestStart: P.earliestStart[pi] };
    case 'excluded_sector':
      return { code: gate, sector: excludedSectorName(P, pi, O, oi) };
    case 'no_digital_access': {
      const needs: Array<'device' | 'connectivity'> = [];
      if (!(P.flags[pi] & C.PF_DEVICE)) needs.push('device');
      if (!(P.flags[pi] & C.PF_CONNECTIVITY)) needs.push('connectivity');
      return { code: gate, needs, onlineSessions: O.flags[oi] & C.OF_REMOTE ? 'all' : 'some' };
    }
    case 'commute_too_long': {
      const allowance = (O.flags[oi] & C.OF_TRANSPORT_ALLOWANCE) !== 0 && (P.flags[pi] & C.PF_ALLOWANCE_OK) !== 0;
      return { code: gate, minutes: Math.round(facts.commute), maxMinutes: Math.round(P.maxCommute[pi]), mode: bestMode(P.modeMask[pi], allowance) };
    }
    case 'schedule_conflict':
      return { code: gate, ...firstConflict(P, pi, O, oi), hours: facts.conflictHours, careHours: facts.conflictFromCare, resolvedBy: facts.conflictFromCare > 0 ? 'childcare' : null };
    case 'language_below_minimum':
      return { code: gate, ...firstLanguageBelow(P, pi, O, oi) };
  }
}

/** The person's excluded sector (ISCO prefix as digits, or the sector code) that this opportunity is in. */
function excludedSectorName(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): string {
  const d = P.excluded.data;
  for (let i = 0, o = P.excluded.start[pi]; i < P.excluded.count[pi]; i++, o += 3) {
    if (d[o] === EXCL_ISCO_PREFIX) {
      if (iscoHasPrefix(O.isco[oi], d[o + 1], d[o + 2])) return String(d[o + 1]).padStart(d[o + 2], '0');
    } else if (d[o + 1] === O.sector[oi]) return P.vocab.sectors.name(d[o + 1]);
  }
  return P.vocab.sectors.name(O.sector[oi]) ?? '';
}

/**
 * The first block of scheduled hours the person cannot attend (Monday first): its day and hours. The
 * same availability the gate uses: with on-site childcare, care hours are free.
 */
export function firstConflict(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): { day: number; from: number; to: number } {
  const childcare = (O.flags[oi] & C.OF_CHILDCARE) !== 0;
  const clash = (h: number): boolean => {
    const w = h >> 5;
    const bit = 1 << (h & 31);
    const sched = O.schedule[oi * GRID_WORDS + w];
    const free = (childcare ? P.availability : P.free)[pi * GRID_WORDS + w];
    return (sched & bit) !== 0 && (free & bit) === 0;
  };
  for (let h = 0; h < 168; h++) {
    if (!clash(h)) continue;
    const day = Math.floor(h / 24);
    let end = h + 1;
    while (end < (day + 1) * 24 && clash(end)) end++;
    return { day, from: h % 24, to: end - day * 24 };
  }
  return { day: 0, from: 0, to: 0 };
}

/** The first hard language minimum the person is more than one level below. */
function firstLanguageBelow(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number): { language: string; required: number; has: number } {
  const d = O.languages.data;
  for (let i = 0, o = O.languages.start[oi]; i < O.languages.count[oi]; i++, o += 3) {
    const has = personLanguageLevel(P, pi, d[o]);
    if (d[o + 2] === 1 && has < d[o + 1] - LANGUAGE_GATE_GAP) return { language: P.vocab.languages.name(d[o]), required: d[o + 1], has };
  }
  return { language: '', required: 0, has: 0 };
}

/** The gate bit of a reason code (for callers that ignore some gates). */
export const gateBit = (gate: GateReason): number => GATE_BIT[gate];
