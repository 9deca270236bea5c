import { Injectable } from '@nestjs/common';
import { employerReasons, ORGANISER_VISIBLE_GATES, type EmployerShortlist, type Principal, type PublicReason, type ShortlistResults, type UnplacedAttendee } from '@app/contracts';
import { renderPublicReasons, toPublicReasons, type ExplanationLanguage, type Reason } from '@app/matching';
import { CandidateViewService, MatchingReads, ShortlistReads, type StoredAssignment } from '@app/persistence';
import { storedReasonLabels } from '@app/taxonomy';
import { TaxonomyService } from '@app/taxonomy/http';

/** Stored, language-neutral shortlist results -> responses rendered in `lang` (organiser JSON/CSV, the employer's masked view). */
@Injectable()
export class ShortlistPresenter {
  constructor(
    private readonly reads: ShortlistReads,
    private readonly matching: MatchingReads,
    private readonly candidates: CandidateViewService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Everything, for the fair's organiser and admins: per opportunity the ranked list, per attendee the schedule, the report and the fairness audit. */
  async results(p: Principal, id: string, lang: ExplanationLanguage): Promise<ShortlistResults> {
    const row = await this.reads.finished(p, id);
    const opportunities = await this.reads.opportunities(row.opportunity_ids, row.opportunity_slots);
    const assignments = await this.reads.assignments(id);
    const explain = await this.explainer(assignments, opportunities, row.skill_uris ?? {}, row.occupation_uris ?? {}, lang);
    const byOpportunity = new Map<string, StoredAssignment[]>();
    const byAttendee = new Map<string, StoredAssignment[]>();
    for (const a of assignments) {
      byOpportunity.set(a.opportunityId, [...(byOpportunity.get(a.opportunityId) ?? []), a]);
      byAttendee.set(a.profileId, [...(byAttendee.get(a.profileId) ?? []), a]);
    }
    const titles = new Map(opportunities.map((o) => [o.id, o.title]));
    const names = await this.reads.attendeeNames([...byAttendee.keys(), ...(row.unplaced ?? []).map((u) => u.profileId)]);
    const displayName = (profileId: string) => names.get(profileId) ?? null;
    return {
      shortlistId: id,
      fairId: row.fair_id,
      language: lang,
      report: row.report,
      fairness: row.fairness,
      opportunities: opportunities.map((o) => ({
        opportunityId: o.id,
        title: o.title,
        organisationId: o.organisationId,
        slots: o.slots,
        entries: (byOpportunity.get(o.id) ?? []).map((a) => ({ ...interview(a), profileId: a.profileId, displayName: displayName(a.profileId), ...explain(a) })),
      })),
      unplaced: (row.unplaced ?? []).map((u) => unplacedView(u, lang, displayName(u.profileId))),
      attendees: [...byAttendee.entries()]
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([profileId, list]) => ({
          profileId,
          displayName: displayName(profileId),
          interviews: list.sort((x, y) => x.slot - y.slot).map((a) => ({ ...interview(a), opportunityId: a.opportunityId, title: titles.get(a.opportunityId) ?? a.opportunityId })),
        })),
    };
  }

  /** One employer's opportunity: its ranked list and times, contact masked until referred, no restricted data. */
  async employer(p: Principal, id: string, opportunityId: string, lang: ExplanationLanguage): Promise<EmployerShortlist> {
    const { row, opportunity } = await this.reads.forEmployer(p, id, opportunityId);
    const assignments = await this.reads.assignments(id, opportunityId);
    const explain = await this.explainer(assignments, [opportunity], row.skill_uris ?? {}, row.occupation_uris ?? {}, lang);
    const shown = await this.candidates.present(opportunityId, assignments.map((a) => ({ personId: a.profileId, score: a.score, components: {} })), assignments.length);
    const byId = new Map(shown.map((c) => [c.profileId, c]));
    return {
      shortlistId: id,
      fairId: row.fair_id,
      opportunityId,
      title: opportunity.title,
      language: lang,
      // People who withdrew their consent since the allocation are left out.
      entries: assignments.flatMap((a) => {
        const c = byId.get(a.profileId);
        return c ? [{ ...interview(a), profileId: a.profileId, contact: c.contact, contactMasked: c.contactMasked, regionCode: c.regionCode, languages: c.languages, ...explain(a) }] : [];
      }),
    };
  }

  /**
   * Typed reasons and sentences of an assignment. Organisers and employers see the same: what an employer
   * may see (`employerReasons`: skills, experience, commute, language, credentials); the legal situation,
   * care duties and income needs stay with the person's case manager.
   */
  private async explainer(
    assignments: readonly StoredAssignment[],
    opportunities: ReadonlyArray<{ id: string; title: string }>,
    skillUris: Record<string, string>,
    occupationUris: Record<string, string>,
    lang: ExplanationLanguage,
  ): Promise<(a: StoredAssignment) => { reasons: PublicReason[]; explanation: string[] }> {
    const titles = new Map(opportunities.map((o) => [o.id, o.title]));
    const referenced = new Set<string>();
    for (const a of assignments) for (const r of a.reasons as unknown as Reason[]) if (r.code === 'skills_missing') for (const s of r.skills) for (const t of s.coveredBy) if (!titles.has(t)) referenced.add(t);
    for (const o of await this.matching.opportunities([...referenced])) titles.set(o.id, o.title);
    const labels = storedReasonLabels(this.taxonomy.taxonomy, skillUris, titles, occupationUris);
    return (a) => {
      const reasons = employerReasons(toPublicReasons(a.reasons as unknown as Reason[], lang, labels));
      return { reasons, explanation: renderPublicReasons(reasons, lang) };
    };
  }
}

/** An attendee without an interview as the organiser sees it: sensitive requirements counted together. */
export function unplacedView(u: UnplacedAttendee, lang: ExplanationLanguage, displayName: string | null): ShortlistResults['unplaced'][number] {
  const gates: Record<string, number> = {};
  for (const [gate, n] of Object.entries(u.gates)) {
    // Grouped: the largest count, i.e. at least that many opportunities ruled out by one of them.
    const key = ORGANISER_VISIBLE_GATES.has(gate) ? gate : 'other_requirements';
    gates[key] = Math.max(gates[key] ?? 0, n);
  }
  return { profileId: u.profileId, displayName, reason: u.why, gates, eligibleOpportunities: u.eligibleOpportunities, explanation: unplacedSentence(u.why, gates, u.eligibleOpportunities, lang) };
}

const GATE_NAMES: Record<ExplanationLanguage, Record<string, string>> = {
  es: {
    not_open: 'no abierta',
    deadline_passed: 'plazo vencido',
    capacity_full: 'sin plazas',
    programme_started: 'ya empezó',
    starts_before_available: 'empieza antes de que pueda',
    excluded_sector: 'sector que excluyó',
    no_digital_access: 'sin acceso digital',
    commute_too_long: 'trayecto demasiado largo',
    schedule_conflict: 'choque de horario',
    language_below_minimum: 'idioma por debajo del mínimo',
    other_requirements: 'otros requisitos',
  },
  en: {
    not_open: 'not open',
    deadline_passed: 'deadline passed',
    capacity_full: 'no places',
    programme_started: 'already started',
    starts_before_available: 'starts before they are available',
    excluded_sector: 'a sector they excluded',
    no_digital_access: 'no digital access',
    commute_too_long: 'commute too long',
    schedule_conflict: 'schedule clash',
    language_below_minimum: 'language below the minimum',
    other_requirements: 'other requirements',
  },
};

function unplacedSentence(why: UnplacedAttendee['why'], gates: Record<string, number>, eligible: number, lang: ExplanationLanguage): string {
  const es = lang === 'es';
  switch (why) {
    case 'not_scorable':
      return es ? 'No se pudo puntuar (consentimiento retirado o perfil incompleto desde la inscripción)' : 'Could not be scored (consent withdrawn or profile incomplete since registration)';
    case 'below_min_score':
      return es ? `Cumple los requisitos de ${eligible} ofertas, pero por debajo de la puntuación mínima` : `Meets the requirements of ${eligible} opportunities, but below the minimum score`;
    case 'no_free_slot':
      return es ? `Apto para ${eligible} ofertas; sus turnos fueron a personas con mejor puntuación o al límite por persona` : `Eligible for ${eligible} opportunities; their slots went to better-scoring attendees or to the per-attendee cap`;
    case 'no_eligible_opportunity': {
      const parts = Object.entries(gates)
        .sort(([, a], [, b]) => b - a)
        .map(([g, n]) => `${GATE_NAMES[lang][g] ?? g}: ${n}`);
      return (es ? 'Ninguna oferta de la feria es posible: ' : 'No opportunity at the fair is possible: ') + parts.join(', ');
    }
  }
}

function interview(a: StoredAssignment) {
  return { rank: a.rank, score: a.score, slot: a.slot, startsAt: a.startsAt, endsAt: a.endsAt };
}

/** One row per interview, for spreadsheets: ids, times and the rendered explanation (no personal data). */
export function shortlistCsv(r: ShortlistResults): string {
  const header = ['opportunity_id', 'opportunity_title', 'rank', 'score', 'profile_id', 'slot', 'starts_at', 'ends_at', 'explanation'];
  const lines = [header.join(',')];
  for (const o of r.opportunities) {
    for (const e of o.entries) lines.push([o.opportunityId, o.title, e.rank, e.score, e.profileId, e.slot, e.startsAt, e.endsAt, e.explanation.join(' | ')].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
