import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Candidate, PlacementStatus } from '@app/contracts';
import { DataSource } from 'typeorm';
import { sectionsView } from '../profiles/profile-sections';
import type { ProfileEntity } from '../profiles/profile.entity';
import { CONTACT_VISIBLE_STATUSES, maskEmail, maskName, maskPhone } from './contact-masking';

interface Row {
  id: string;
  sections: ProfileEntity['sections'];
  personal: ProfileEntity['personal'];
  placement_status: PlacementStatus | null;
}

export interface RankedPerson {
  personId: string;
  score: number;
  components: Record<string, number>;
}

/**
 * The employer's view of ranked people: only active people who consented to matching AND to being
 * visible to employers, in rank order; never the restricted record; contact data masked unless the
 * person has a placement for this opportunity at `referred` or later.
 */
@Injectable()
export class CandidateViewService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async present(opportunityId: string, ranked: readonly RankedPerson[], limit: number): Promise<Candidate[]> {
    if (ranked.length === 0) return [];
    const rows: Row[] = await this.ds.query(
      `SELECT p.id, p.sections, p.personal, pl.status AS placement_status
         FROM profiles p LEFT JOIN placements pl ON pl.profile_id = p.id AND pl.opportunity_id = $2
        WHERE p.id = ANY($1::uuid[]) AND p.status = 'active'
          AND p.sections->'consent'->'scopes' ? 'matching' AND p.sections->'consent'->'scopes' ? 'visible_to_employers'`,
      [ranked.map((r) => r.personId), opportunityId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const out: Candidate[] = [];
    for (const r of ranked) {
      const row = byId.get(r.personId);
      if (!row) continue;
      out.push(toCandidate(row, r));
      if (out.length >= limit) break;
    }
    return out;
  }
}

function toCandidate(row: Row, r: RankedPerson): Candidate {
  const s = sectionsView(row.sections);
  const visible = row.placement_status !== null && (CONTACT_VISIBLE_STATUSES as readonly string[]).includes(row.placement_status);
  const personal = row.personal ?? {};
  return {
    profileId: row.id,
    score: r.score,
    components: r.components,
    regionCode: s.location?.regionCode ?? null,
    languages: s.languages.map((l) => ({ tag: l.tag, level: l.level })),
    skills: s.skills.flatMap((k) => (k.concept ? [k.concept] : [])),
    experienceMonths: s.experience.reduce((sum, x) => sum + x.months, 0),
    earliestStart: s.earliestStart,
    contact: visible
      ? { displayName: personal.displayName ?? null, phone: personal.phone ?? null, email: personal.email ?? null }
      : { displayName: maskName(personal.displayName), phone: maskPhone(personal.phone), email: maskEmail(personal.email) },
    contactMasked: !visible,
    placementStatus: row.placement_status,
  };
}
