import { Injectable } from '@nestjs/common';
import type { EmployerShortlist, Principal, ShortlistResults } from '@app/contracts';
import { renderReasons, type ExplanationLanguage, type Reason } from '@app/matching';
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
    const explain = await this.explainer(assignments, opportunities, row.skill_uris ?? {}, lang);
    const byOpportunity = new Map<string, StoredAssignment[]>();
    const byAttendee = new Map<string, StoredAssignment[]>();
    for (const a of assignments) {
      byOpportunity.set(a.opportunityId, [...(byOpportunity.get(a.opportunityId) ?? []), a]);
      byAttendee.set(a.profileId, [...(byAttendee.get(a.profileId) ?? []), a]);
    }
    const titles = new Map(opportunities.map((o) => [o.id, o.title]));
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
        entries: (byOpportunity.get(o.id) ?? []).map((a) => ({ ...interview(a), profileId: a.profileId, reasons: a.reasons, explanation: explain(a) })),
      })),
      attendees: [...byAttendee.entries()]
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([profileId, list]) => ({
          profileId,
          interviews: list.sort((x, y) => x.slot - y.slot).map((a) => ({ ...interview(a), opportunityId: a.opportunityId, title: titles.get(a.opportunityId) ?? a.opportunityId })),
        })),
    };
  }

  /** One employer's opportunity: its ranked list and times, contact masked until referred, no restricted data. */
  async employer(p: Principal, id: string, opportunityId: string, lang: ExplanationLanguage): Promise<EmployerShortlist> {
    const { row, opportunity } = await this.reads.forEmployer(p, id, opportunityId);
    const assignments = await this.reads.assignments(id, opportunityId);
    const explain = await this.explainer(assignments, [opportunity], row.skill_uris ?? {}, lang);
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
        return c ? [{ ...interview(a), profileId: a.profileId, contact: c.contact, contactMasked: c.contactMasked, regionCode: c.regionCode, languages: c.languages, explanation: explain(a) }] : [];
      }),
    };
  }

  private async explainer(assignments: readonly StoredAssignment[], opportunities: ReadonlyArray<{ id: string; title: string }>, skillUris: Record<string, string>, lang: ExplanationLanguage): Promise<(a: StoredAssignment) => string[]> {
    const titles = new Map(opportunities.map((o) => [o.id, o.title]));
    const referenced = new Set<string>();
    for (const a of assignments) for (const r of a.reasons as unknown as Reason[]) if (r.code === 'skills_missing') for (const s of r.skills) for (const t of s.coveredBy) if (!titles.has(t)) referenced.add(t);
    for (const o of await this.matching.opportunities([...referenced])) titles.set(o.id, o.title);
    const labels = storedReasonLabels(this.taxonomy.taxonomy, skillUris, titles);
    return (a) => renderReasons(a.reasons as unknown as Reason[], lang, labels);
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
