/**
 * Explanations as typed reason codes with parameters (rendered to Spanish/English by render.ts).
 * Built only for the few results shown, so allocation here is fine.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { REQ_STRIDE } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { authorisationCoverage } from './components/completion';
import { bestCredential, strongestHeldRecognition } from './components/credentials';
import { relevantMonths } from './components/experience';
import { demandLevel } from './demand';
import { bestMode, MODE_BIT } from './geo';
import { gateMask, gateReasons, personLanguageLevel, type GateReason } from './gates';
import type { Recognition, TransportMode } from './model';
import { loadPersonSkills, type ScoreScratch } from './score';
import { gridWordsToRanges, GRID_WORDS, type HourRange } from './week-grid';

/** A required skill counts as matched at this credit or more (e.g. held one level below, or a broader concept). */
export const MATCHED_CREDIT = 0.5;
export const DAYS_PER_MONTH = 30.44;

export type Reason =
  | { code: 'gate'; gate: GateReason }
  | { code: 'skills_matched'; matched: number; total: number; skillIds: number[] }
  | { code: 'skills_missing'; missing: number; total: number; skills: Array<{ skillId: number; coveredBy: string[] }> }
  | { code: 'experience'; months: number }
  | { code: 'commute'; minutes: number; mode: TransportMode; viaAllowance: boolean }
  | { code: 'remote' }
  | { code: 'commute_unknown' }
  | { code: 'schedule_conflict'; hours: number; careHours: number; resolvedBy: 'childcare' | null }
  | { code: 'childcare_frees_care_hours'; hours: number }
  | { code: 'language_gap'; tag: string; required: number; actual: number; support: boolean; hard: boolean }
  | { code: 'credential_status'; status: Recognition | 'none'; minEqf: number; counts: boolean }
  | { code: 'demand'; level: 'high' | 'medium' | 'low'; value: number }
  | { code: 'authorisation_ends_early'; monthsBefore: number }
  | { code: 'income_gap' }
  | { code: 'pathway'; unlocked: number; opportunityIds: string[] }
  | {
      code: 'commitment';
      schedule: HourRange[];
      hoursPerWeek: number;
      durationWeeks: number | null;
      startDate: number;
      endDate: number | null;
    };

export interface ExplainOptions {
  now: number;
  /** Trainings (opportunity ids) that confer a skill, to say which course covers a missing one. */
  trainingsForSkill?: (skillId: number) => string[];
  /** Pathway info from the ranking, for programmes. */
  pathway?: { unlockedOpportunityIds: string[] } | null;
}

export function explainMatch(
  s: ScoreScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  opts: ExplainOptions,
): Reason[] {
  const out: Reason[] = [];
  const facts = s.facts;
  loadPersonSkills(s, P, pi);
  for (const gate of gateReasons(gateMask(P, pi, O, oi, opts.now, facts, false))) out.push({ code: 'gate', gate });
  const kind = O.kind[oi];
  const of = O.flags[oi];

  // Commitment first for programmes: dropouts start with commitments that were not understood.
  if (kind !== C.KIND_CODE.job) {
    const end = O.end[oi];
    out.push({
      code: 'commitment',
      schedule: gridWordsToRanges(O.schedule, oi * GRID_WORDS),
      hoursPerWeek: O.hoursPerWeek[oi],
      durationWeeks: Number.isFinite(end) ? Math.round((end - O.start[oi]) / 7) : null,
      startDate: O.start[oi],
      endDate: Number.isFinite(end) ? end : null,
    });
  }

  // Skills: matched and missing essentials.
  const ess = O.essential;
  const matchedIds: number[] = [];
  const missing: Array<{ skillId: number; coveredBy: string[] }> = [];
  for (let i = 0, o = ess.start[oi]; i < ess.count[oi]; i++, o += REQ_STRIDE) {
    const d = ess.data;
    const credit = s.table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
    if (credit >= MATCHED_CREDIT) matchedIds.push(d[o]);
    else missing.push({ skillId: d[o], coveredBy: opts.trainingsForSkill?.(d[o]) ?? [] });
  }
  const total = ess.count[oi];
  if (total > 0 && matchedIds.length > 0) out.push({ code: 'skills_matched', matched: matchedIds.length, total, skillIds: matchedIds });
  if (missing.length > 0) out.push({ code: 'skills_missing', missing: missing.length, total, skills: missing });

  const months = relevantMonths(P, pi, O, oi);
  if (months > 0) out.push({ code: 'experience', months: Math.round(months) });

  // Place and time.
  if (of & C.OF_REMOTE) out.push({ code: 'remote' });
  else if (Number.isNaN(facts.commute)) out.push({ code: 'commute_unknown' });
  else {
    const allowance = (of & C.OF_TRANSPORT_ALLOWANCE) !== 0 && (P.flags[pi] & C.PF_ALLOWANCE_OK) !== 0;
    const mode = bestMode(P.modeMask[pi], allowance);
    // The allowance is what opened public transport only when the person does not have it anyway.
    const viaAllowance = allowance && mode === 'public_transport' && !(P.modeMask[pi] & MODE_BIT.public_transport);
    out.push({ code: 'commute', minutes: Math.round(facts.commute), mode, viaAllowance });
  }
  if (facts.conflictHours > 0) {
    out.push({
      code: 'schedule_conflict',
      hours: facts.conflictHours,
      careHours: facts.conflictFromCare,
      resolvedBy: facts.conflictFromCare > 0 ? 'childcare' : null,
    });
  } else if (of & C.OF_CHILDCARE) {
    // Did the childcare on offer make this possible? Count scheduled hours inside care hours.
    let freed = 0;
    for (let w = 0; w < GRID_WORDS; w++) {
      let x = O.schedule[oi * GRID_WORDS + w] & P.care[pi * GRID_WORDS + w];
      while (x) {
        x &= x - 1;
        freed++;
      }
    }
    if (freed > 0) out.push({ code: 'childcare_frees_care_hours', hours: freed });
  }

  // Language gaps.
  const L = O.languages;
  for (let i = 0, o = L.start[oi]; i < L.count[oi]; i++, o += 3) {
    const actual = personLanguageLevel(P, pi, L.data[o]);
    if (actual < L.data[o + 1]) {
      out.push({
        code: 'language_gap',
        tag: P.vocab.languages.name(L.data[o]),
        required: L.data[o + 1],
        actual,
        support: (of & C.OF_LANGUAGE_SUPPORT) !== 0,
        hard: L.data[o + 2] === 1,
      });
    }
  }

  // Credentials.
  const minEqf = O.minEqf[oi];
  if (minEqf > 0) {
    const held = strongestHeldRecognition(P, pi, minEqf);
    const usable = bestCredential(P, pi, O, oi);
    out.push({
      code: 'credential_status',
      status: held === -1 ? 'none' : C.RECOGNITION_BY_CODE[usable === -1 ? held : usable],
      minEqf,
      counts: usable !== -1,
    });
  }

  // Permit, money, market, pathway.
  const coverage = authorisationCoverage(P, pi, O, oi, opts.now);
  if (coverage < 1 && Number.isFinite(O.end[oi])) {
    out.push({ code: 'authorisation_ends_early', monthsBefore: Math.max(1, Math.round((O.end[oi] - P.authEnds[pi]) / DAYS_PER_MONTH)) });
  }
  if (kind !== C.KIND_CODE.job && P.flags[pi] & C.PF_NEEDS_INCOME && !(of & C.OF_STIPEND)) out.push({ code: 'income_gap' });
  out.push({ code: 'demand', level: demandLevel(O.demand[oi]), value: O.demand[oi] });
  if (opts.pathway && opts.pathway.unlockedOpportunityIds.length > 0) {
    out.push({ code: 'pathway', unlocked: opts.pathway.unlockedOpportunityIds.length, opportunityIds: opts.pathway.unlockedOpportunityIds });
  }
  return out;
}
