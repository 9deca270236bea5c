/**
 * Explanations as typed reason codes with parameters (rendered to Spanish/English by render.ts, turned
 * into the public form with ESCO URIs and labels by public-reasons.ts). Every reason carries the facts
 * it states: the minutes and the maximum, the skills by id, the months and how they counted.
 * Built only for the few results shown, so allocation here is fine.
 *
 * Stored as they are (language-neutral, taxonomy ids with their URIs beside them in the document).
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { REQ_STRIDE } from './compile/opportunity-index';
import { EXCL_ISCO_PREFIX, EXPERIENCE_STRIDE, type PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { authorisationCoverage } from './components/completion';
import { bestCredential, strongestHeldRecognition } from './components/credentials';
import { experienceMatch, SAME_OCCUPATION } from './components/experience';
import { ISCO_PREFERENCE_CREDIT, occupationPreference, pathwayPreference, preferredSector } from './components/aspiration';
import { demandLevel } from './demand';
import { firstConflict, gateDetails, type GateDetail } from './gate-details';
import { bestMode, MODE_BIT } from './geo';
import { GATE_BIT, personLanguageLevel } from './gates';
import type { Pathway, Recognition, TransportMode, WorkMode } from './model';
import { loadPersonSkills, type ScoreScratch } from './score';
import { classifySkillCredit, type CreditVia } from './skill-credit';
import { iscoHasPrefix } from './vocabulary';
import { GRID_WORDS, gridWordsToRanges, writeGridWords, type HourRange } from './week-grid';

export const DAYS_PER_MONTH = 30.44;

export type Reason =
  | GateDetail
  | { code: 'waiting_list'; capacity: number; booked: number }
  | {
      code: 'commitment';
      schedule: HourRange[];
      hoursPerWeek: number;
      durationWeeks: number | null;
      startDate: number;
      endDate: number | null;
      mode: WorkMode;
      /** Hybrid programmes that state them: the online hours (the rest of the schedule is on site). */
      onlineSchedule: HourRange[] | null;
    }
  /** Essential skills the person holds themselves (any level; `skill_level` says how they compare). */
  | { code: 'skills_matched'; matched: number; total: number; skillIds: number[] }
  /** An essential skill not held, credited partly through a related one the person holds. */
  | { code: 'partial_skill_match'; skillId: number; via: Exclude<CreditVia, 'direct'>; heldSkillId: number; credit: number }
  /** Essential skills with no credit at all, each with the courses that teach it. */
  | { code: 'skills_missing'; missing: number; total: number; skills: Array<{ skillId: number; coveredBy: string[] }> }
  | { code: 'optional_skills_matched'; matched: number; total: number; skillIds: number[] }
  /** How the essential skills held are evidenced (assessed > certified > self-declared). */
  | { code: 'skill_evidence'; assessed: number; certified: number; selfDeclared: number }
  /** How the essential skills held compare with the level asked. */
  | { code: 'skill_level'; above: number; at: number; below: number }
  | {
      code: 'experience_counted';
      /** The person's occupation (taxonomy id; -1 when only an ISCO code was given). */
      occupationId: number;
      iscoGroup: string | null;
      months: number;
      via: 'same_occupation' | 'isco_group';
      abroad: boolean;
      informal: boolean;
    }
  | { code: 'aspiration_match'; on: 'occupation'; occupationId: number }
  | { code: 'aspiration_match'; on: 'sector'; sector: string }
  | { code: 'aspiration_match'; on: 'pathway'; pathway: Pathway }
  | { code: 'commute'; minutes: number; maxMinutes: number; mode: TransportMode; viaAllowance: boolean }
  | { code: 'remote' }
  | { code: 'home_based' }
  | { code: 'commute_unknown' }
  /** Limited mobility: the place is accessible. */
  | { code: 'accessible_place' }
  | { code: 'childcare_frees_care_hours'; hours: number }
  | { code: 'language_gap'; tag: string; required: number; has: number; support: boolean; hard: boolean }
  | { code: 'credential_status'; status: Recognition | 'none'; minEqf: number; counts: boolean }
  | {
      code: 'demand';
      level: 'high' | 'medium' | 'low';
      value: number;
      vacancySignal: number;
      weightedOpenings: number;
      indicator: { value: number; source: string; date: number } | null;
    }
  | { code: 'authorisation_ends_early'; monthsBefore: number; endsAt: number; programmeEndsAt: number }
  | { code: 'income_gap' }
  | { code: 'pathway'; unlocked: number; opportunityIds: string[] };

export type ReasonCode = Reason['code'];

export interface ExplainOptions {
  now: number;
  /** Trainings (opportunity ids) that confer a skill, to say which course covers a missing one. */
  trainingsForSkill?: (skillId: number) => string[];
  /** Pathway info from the ranking, for programmes. */
  pathway?: { unlockedOpportunityIds: string[] } | null;
  /** A waiting-list option: capacity is explained as `waiting_list`, not as a failing gate. */
  waitingList?: boolean;
}

export function explainMatch(s: ScoreScratch, P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, opts: ExplainOptions): Reason[] {
  const out: Reason[] = [];
  const facts = s.facts;
  loadPersonSkills(s, P, pi);
  const full = O.booked[oi] >= O.capacity[oi];
  const gates = gateDetails(P, pi, O, oi, opts.now, opts.waitingList ? GATE_BIT.capacity_full : 0, facts);
  out.push(...gates);
  if (opts.waitingList && full) out.push({ code: 'waiting_list', capacity: O.capacity[oi], booked: O.booked[oi] });
  const kind = O.kind[oi];
  const of = O.flags[oi];

  // Commitment first for programmes: dropouts start with commitments that were not understood.
  if (kind !== C.KIND_CODE.job) out.push(commitmentOf(O, oi));

  skillReasons(s, P, pi, O, oi, opts, out);
  experienceReasons(P, pi, O, oi, out);
  aspirationReasons(P, pi, O, oi, out);

  // Place and time.
  if (of & C.OF_REMOTE) out.push({ code: 'remote' });
  else if (of & C.OF_HOME_BASED) out.push({ code: 'home_based' });
  else if (Number.isNaN(facts.commute)) out.push({ code: 'commute_unknown' });
  else if (!gates.some((g) => g.code === 'commute_too_long')) {
    const allowance = (of & C.OF_TRANSPORT_ALLOWANCE) !== 0 && (P.flags[pi] & C.PF_ALLOWANCE_OK) !== 0;
    const mode = bestMode(P.modeMask[pi], allowance);
    // The allowance is what opened public transport only when the person does not have it anyway.
    const viaAllowance = allowance && mode === 'public_transport' && !(P.modeMask[pi] & MODE_BIT.public_transport);
    out.push({ code: 'commute', minutes: Math.round(facts.commute), maxMinutes: Math.round(P.maxCommute[pi]), mode, viaAllowance });
  }
  if (P.flags[pi] & C.PF_LIMITED_MOBILITY && !(of & C.OF_NO_COMMUTE) && of & C.OF_ACCESSIBLE) out.push({ code: 'accessible_place' });
  if (facts.conflictHours > 0 && !gates.some((g) => g.code === 'schedule_conflict')) {
    // Within the tolerance (it did not gate): still said, with the first block.
    out.push({ code: 'schedule_conflict', ...firstConflict(P, pi, O, oi), hours: facts.conflictHours, careHours: facts.conflictFromCare, resolvedBy: facts.conflictFromCare > 0 ? 'childcare' : null });
  } else if (facts.conflictHours === 0 && of & C.OF_CHILDCARE) {
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

  // Language gaps that did not gate.
  const L = O.languages;
  for (let i = 0, o = L.start[oi]; i < L.count[oi]; i++, o += 3) {
    const has = personLanguageLevel(P, pi, L.data[o]);
    if (has < L.data[o + 1] && !gates.some((g) => g.code === 'language_below_minimum' && g.language === P.vocab.languages.name(L.data[o]))) {
      out.push({ code: 'language_gap', tag: P.vocab.languages.name(L.data[o]), required: L.data[o + 1], has, support: (of & C.OF_LANGUAGE_SUPPORT) !== 0, hard: L.data[o + 2] === 1 });
    }
  }

  // Credentials.
  const minEqf = O.minEqf[oi];
  if (minEqf > 0) {
    const held = strongestHeldRecognition(P, pi, minEqf);
    const usable = bestCredential(P, pi, O, oi);
    out.push({ code: 'credential_status', status: held === -1 ? 'none' : C.RECOGNITION_BY_CODE[usable === -1 ? held : usable], minEqf, counts: usable !== -1 });
  }

  // Permit, money, market, pathway.
  const coverage = authorisationCoverage(P, pi, O, oi, opts.now);
  if (coverage < 1 && Number.isFinite(O.end[oi]) && !gates.some((g) => g.code === 'permit_ends_before')) {
    out.push({
      code: 'authorisation_ends_early',
      monthsBefore: Math.max(1, Math.round((O.end[oi] - P.authEnds[pi]) / DAYS_PER_MONTH)),
      endsAt: P.authEnds[pi],
      programmeEndsAt: O.end[oi],
    });
  }
  if (kind !== C.KIND_CODE.job && P.flags[pi] & C.PF_NEEDS_INCOME && !(of & C.OF_STIPEND)) out.push({ code: 'income_gap' });
  const d = O.demandPartsOf(oi);
  out.push({ code: 'demand', level: demandLevel(d.value), value: round3(d.value), vacancySignal: round3(d.vacancySignal), weightedOpenings: round3(d.weightedOpenings), indicator: d.indicator });
  if (opts.pathway && opts.pathway.unlockedOpportunityIds.length > 0) {
    out.push({ code: 'pathway', unlocked: opts.pathway.unlockedOpportunityIds.length, opportunityIds: opts.pathway.unlockedOpportunityIds });
  }
  return out;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function commitmentOf(O: OpportunityIndex, oi: number): Reason {
  const end = O.end[oi];
  const source = O.source[oi];
  const of = O.flags[oi];
  const mode: WorkMode = of & C.OF_REMOTE ? 'remote' : of & C.OF_HOME_BASED ? 'home_based' : of & C.OF_HYBRID ? 'hybrid' : 'on_site';
  let online: HourRange[] | null = null;
  if (mode === 'hybrid' && source?.onlineSchedule?.some((b) => b !== 0)) {
    const words = new Uint32Array(GRID_WORDS);
    writeGridWords(source.onlineSchedule, words, 0);
    online = gridWordsToRanges(words, 0);
  }
  return {
    code: 'commitment',
    schedule: gridWordsToRanges(O.schedule, oi * GRID_WORDS),
    hoursPerWeek: O.hoursPerWeek[oi],
    durationWeeks: Number.isFinite(end) ? Math.round((end - O.start[oi]) / 7) : null,
    startDate: O.start[oi],
    endDate: Number.isFinite(end) ? end : null,
    mode,
    onlineSchedule: online,
  };
}

/**
 * Every essential skill lands in exactly one of: held (matched), related (partial, through a broader,
 * narrower or related skill held) or missing (no credit); optional skills held are named; the held
 * essentials' evidence and level are counted (they move the score: skill-table.ts).
 */
function skillReasons(s: ScoreScratch, P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, opts: ExplainOptions, out: Reason[]): void {
  const ess = O.essential;
  const d = ess.data;
  const total = ess.count[oi];
  const matched: number[] = [];
  const partial: Reason[] = [];
  const missing: Array<{ skillId: number; coveredBy: string[] }> = [];
  const evidence = [0, 0, 0];
  const level = { above: 0, at: 0, below: 0 };
  for (let i = 0, o = ess.start[oi]; i < total; i++, o += REQ_STRIDE) {
    const c = classifySkillCredit(s.table, P, pi, d[o], d[o + 1], d[o + 2], d[o + 3]);
    if (c.via === 'direct') {
      matched.push(d[o]);
      evidence[c.evidence]++;
      if (c.level > d[o + 1]) level.above++;
      else if (c.level === d[o + 1]) level.at++;
      else level.below++;
    } else if (c.via !== null) partial.push({ code: 'partial_skill_match', skillId: d[o], via: c.via, heldSkillId: c.heldSkillId, credit: round3(c.credit) });
    else missing.push({ skillId: d[o], coveredBy: opts.trainingsForSkill?.(d[o]) ?? [] });
  }
  if (total > 0 && matched.length > 0) {
    out.push({ code: 'skills_matched', matched: matched.length, total, skillIds: matched });
    out.push({ code: 'skill_evidence', assessed: evidence[C.EVIDENCE_CODE.assessed], certified: evidence[C.EVIDENCE_CODE.certified], selfDeclared: evidence[C.EVIDENCE_CODE.self_declared] });
    out.push({ code: 'skill_level', ...level });
  }
  out.push(...partial);
  if (missing.length > 0) out.push({ code: 'skills_missing', missing: missing.length, total, skills: missing });

  const opt = O.optional;
  const held: number[] = [];
  for (let i = 0, o = opt.start[oi]; i < opt.count[oi]; i++, o += REQ_STRIDE) {
    if (classifySkillCredit(s.table, P, pi, opt.data[o], opt.data[o + 1], opt.data[o + 2], opt.data[o + 3]).via === 'direct') held.push(opt.data[o]);
  }
  if (held.length > 0) out.push({ code: 'optional_skills_matched', matched: held.length, total: opt.count[oi], skillIds: held });
}

/** One reason per experience entry that counted, with how (same occupation or ISCO group, abroad, informal). */
function experienceReasons(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, out: Reason[]): void {
  const d = P.experience.data;
  for (let i = 0, o = P.experience.start[pi]; i < P.experience.count[pi]; i++, o += EXPERIENCE_STRIDE) {
    const match = experienceMatch(O, oi, d[o], d[o + 1]);
    if (match === 0 || d[o + 2] === 0) continue;
    out.push({
      code: 'experience_counted',
      occupationId: d[o],
      iscoGroup: d[o + 1] >= 0 ? String(d[o + 1]).padStart(4, '0') : null,
      months: d[o + 2],
      via: match === SAME_OCCUPATION ? 'same_occupation' : 'isco_group',
      abroad: d[o + 4] === 1,
      informal: d[o + 3] !== 1,
    });
  }
}

/** What the person said they want and this opportunity is: the occupation (or sector) and the pathway. */
function aspirationReasons(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, out: Reason[]): void {
  const pref = occupationPreference(P, pi, O, oi);
  if (pref === 1) out.push({ code: 'aspiration_match', on: 'occupation', occupationId: O.occupation[oi] });
  else if (pref === ISCO_PREFERENCE_CREDIT) {
    // An ISCO prefix of a preferred occupation (checked first, as the component does), else a preferred sector.
    const g = P.preferredIsco.data;
    let sector: string | null = null;
    for (let i = 0, o = P.preferredIsco.start[pi]; i < P.preferredIsco.count[pi] && sector === null; i++, o += 2) {
      if (iscoHasPrefix(O.isco[oi], g[o], g[o + 1])) sector = String(g[o]).padStart(g[o + 1], '0');
    }
    const k = sector === null ? preferredSector(P, pi, O, oi) : -1;
    if (k >= 0) {
      const base = P.preferredSectors.start[pi] + k * 3;
      const rec = P.preferredSectors.data;
      sector = rec[base] === EXCL_ISCO_PREFIX ? String(rec[base + 1]).padStart(rec[base + 2], '0') : P.vocab.sectors.name(rec[base + 1]);
    }
    if (sector !== null) out.push({ code: 'aspiration_match', on: 'sector', sector });
  }
  if (P.pathway[pi] >= 0 && pathwayPreference(P, pi, O, oi) === 1) {
    out.push({ code: 'aspiration_match', on: 'pathway', pathway: PATHWAY_BY_CODE[P.pathway[pi]] });
  }
}

const PATHWAY_BY_CODE: readonly Pathway[] = ['job', 'apprenticeship', 'training', 'self_employment'];
