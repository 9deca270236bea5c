/**
 * Engine reasons (taxonomy ids, epoch days, CEFR numbers) -> the API's reasons (ESCO URIs and labels in
 * the reader's language, opportunity ids with titles, ISO dates, CEFR names): `PublicReason` in
 * libs/contracts. Labels come from the caller (the taxonomy, the database), so the engine stays I/O-free.
 * Also reads documents stored before issue 15 (`gate`, `experience` codes and fewer parameters).
 */
import type { PublicReason } from '@app/contracts';
import type { Reason } from './explain';
import type { ExplanationLanguage } from './negotiate-language';
import type { HourRange } from './week-grid';

export interface Labels {
  skill(skillId: number, lang: ExplanationLanguage): string;
  /** ESCO URI of a taxonomy skill id (null when unknown). */
  skillUri?(skillId: number): string | null;
  /** An occupation by taxonomy id: its ESCO URI and label (null URI when unknown). */
  occupation?(occupationId: number, lang: ExplanationLanguage): { uri: string | null; label: string };
  opportunity(opportunityId: string, lang: ExplanationLanguage): string;
  /** Language name for a BCP-47 tag; the tag itself when absent. */
  language?(tag: string, lang: ExplanationLanguage): string;
}

export const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const CEFR_NAMES = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
type Cefr = (typeof CEFR_NAMES)[number];

/** Epoch day -> YYYY-MM-DD (UTC; no clock read). */
export function isoDate(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

export const cefrName = (level: number): Cefr => CEFR_NAMES[Math.max(0, Math.min(7, Math.round(level || 0)))];

const ranges = (rs: readonly HourRange[]) => rs.map((r) => ({ days: r.days.map((d) => DAY_KEYS[d]), from: r.from, to: r.to }));

export function toPublicReasons(reasons: readonly Reason[], lang: ExplanationLanguage, labels: Labels): PublicReason[] {
  const skill = (id: number) => ({ uri: labels.skillUri?.(id) ?? null, label: labels.skill(id, lang) });
  const occupation = (id: number, isco: string | null) => {
    const o = id >= 0 ? labels.occupation?.(id, lang) : undefined;
    return { uri: o?.uri ?? null, iscoCode: isco, label: o?.label || (isco ? `ISCO ${isco}` : '') };
  };
  const course = (id: string) => ({ opportunityId: id, title: labels.opportunity(id, lang) });
  const language = (tag: string) => ({ tag, label: labels.language?.(tag, lang) ?? tag });
  const out: PublicReason[] = [];
  for (const raw of reasons) {
    // Documents stored before issue 15 used `{code: 'gate', gate}` and `{code: 'experience', months}`.
    const legacy = raw as unknown as { code: string; gate?: string; actual?: number };
    const r = (legacy.code === 'gate' && legacy.gate ? { ...raw, code: legacy.gate } : raw) as Reason;
    switch (r.code) {
      case 'not_open':
      case 'not_accessible':
      case 'remote':
      case 'home_based':
      case 'commute_unknown':
      case 'accessible_place':
      case 'income_gap':
        out.push({ code: r.code });
        break;
      case 'not_authorised_work':
      case 'not_authorised_training':
        out.push({ code: r.code, authorisationKind: r.authorisationKind ?? null });
        break;
      case 'authorisation_kind_not_accepted':
        out.push({ code: r.code, authorisationKind: r.authorisationKind ?? null, accepted: r.accepted ?? [] });
        break;
      case 'permit_ends_before':
        out.push({ code: r.code, endsAt: isoDate(r.endsAt), startsAt: isoDate(r.startsAt), programmeEndsAt: r.programmeEndsAt === null ? null : isoDate(r.programmeEndsAt) });
        break;
      case 'minimum_age':
        out.push({ code: r.code, minimumAge: r.minimumAge ?? 18 });
        break;
      case 'deadline_passed':
        out.push({ code: r.code, deadline: isoDate(r.deadline) });
        break;
      case 'capacity_full':
      case 'waiting_list':
        out.push({ code: r.code, capacity: r.capacity, booked: r.booked });
        break;
      case 'programme_started':
        out.push({ code: r.code, startDate: isoDate(r.startDate), joinBy: isoDate(r.joinBy) });
        break;
      case 'starts_before_available':
        out.push({ code: r.code, joinBy: isoDate(r.joinBy), earliestStart: isoDate(r.earliestStart) });
        break;
      case 'excluded_sector':
        out.push({ code: r.code, sector: r.sector ?? '' });
        break;
      case 'no_digital_access':
        out.push({ code: r.code, needs: r.needs ?? [], onlineSessions: r.onlineSessions ?? 'all' });
        break;
      case 'commute_too_long':
        out.push({ code: r.code, minutes: r.minutes, maxMinutes: r.maxMinutes, mode: r.mode });
        break;
      case 'schedule_conflict':
        out.push({ code: r.code, day: DAY_KEYS[r.day ?? 0], from: r.from ?? 0, to: r.to ?? 0, hours: r.hours ?? 0, careHours: r.careHours ?? 0, resolvedBy: r.resolvedBy ?? null });
        break;
      case 'language_below_minimum':
        out.push({ code: r.code, language: language(r.language), required: cefrName(r.required), has: cefrName(r.has) });
        break;
      case 'commitment':
        out.push({
          code: r.code,
          schedule: ranges(r.schedule),
          hoursPerWeek: r.hoursPerWeek,
          durationWeeks: r.durationWeeks,
          startDate: isoDate(r.startDate),
          endDate: r.endDate === null ? null : isoDate(r.endDate),
          mode: r.mode ?? 'on_site',
          onlineSchedule: r.onlineSchedule ? ranges(r.onlineSchedule) : null,
        });
        break;
      case 'skills_matched':
      case 'optional_skills_matched':
        out.push({ code: r.code, matched: r.matched, total: r.total, skills: r.skillIds.map(skill) });
        break;
      case 'partial_skill_match':
        out.push({ code: r.code, skill: skill(r.skillId), via: r.via, heldSkill: skill(r.heldSkillId), credit: r.credit });
        break;
      case 'skills_missing':
        out.push({ code: r.code, missing: r.missing, total: r.total });
        for (const s of r.skills) out.push({ code: 'missing_essential_skill', skill: skill(s.skillId), coveredBy: s.coveredBy.map(course) });
        break;
      case 'skill_evidence':
        out.push({ code: r.code, assessed: r.assessed, certified: r.certified, selfDeclared: r.selfDeclared });
        break;
      case 'skill_level':
        out.push({ code: r.code, above: r.above, at: r.at, below: r.below });
        break;
      case 'experience_counted':
        out.push({ code: r.code, occupation: occupation(r.occupationId, r.iscoGroup), months: r.months, via: r.via, abroad: r.abroad, informal: r.informal });
        break;
      case 'aspiration_match':
        if (r.on === 'occupation') out.push({ code: r.code, on: r.on, occupation: occupation(r.occupationId, null) });
        else if (r.on === 'sector') out.push({ code: r.code, on: r.on, sector: r.sector });
        else out.push({ code: r.code, on: r.on, pathway: r.pathway });
        break;
      case 'commute':
        out.push({ code: r.code, minutes: r.minutes, maxMinutes: r.maxMinutes ?? 0, mode: r.mode, viaAllowance: r.viaAllowance });
        break;
      case 'childcare_frees_care_hours':
        out.push({ code: r.code, hours: r.hours });
        break;
      case 'language_gap':
        out.push({ code: r.code, language: language(r.tag), required: cefrName(r.required), has: cefrName(r.has ?? legacy.actual ?? 0), support: r.support, hard: r.hard });
        break;
      case 'credential_status':
        out.push({ code: r.code, status: r.status, minEqf: r.minEqf, counts: r.counts });
        break;
      case 'demand':
        out.push({
          code: r.code,
          level: r.level,
          value: r.value,
          vacancySignal: r.vacancySignal ?? r.value,
          weightedOpenings: r.weightedOpenings ?? 0,
          indicator: r.indicator ? { value: r.indicator.value, source: r.indicator.source, date: isoDate(r.indicator.date) } : null,
        });
        break;
      case 'authorisation_ends_early':
        out.push({ code: r.code, monthsBefore: r.monthsBefore, endsAt: r.endsAt === undefined ? '' : isoDate(r.endsAt), programmeEndsAt: r.programmeEndsAt === undefined ? '' : isoDate(r.programmeEndsAt) });
        break;
      case 'pathway':
        out.push({ code: r.code, unlocked: r.unlocked, opportunityIds: r.opportunityIds });
        break;
      default:
        break; // a code this reader does not know (e.g. a legacy `experience`): left out, never guessed
    }
  }
  return out;
}
