/**
 * Where the credit of one required skill comes from, for explanations: the skill held itself, a
 * narrower concept of it, its broader concept, or a related skill (a sibling under the same broader
 * concept, or the same skill group). The value is the skill table's own (`SkillTable.lookup`); the
 * source is found by replaying the table's rules over the person's held skills (a few dozen), which the
 * hot loop never does.
 */
import type { PersonIndex } from './compile/person-index';
import { BROADER_NARROWER_CREDIT, SAME_GROUP_CREDIT } from './relatedness';
import { heldCredit, type SkillTable } from './skill-table';

export type CreditVia = 'direct' | 'narrower' | 'broader' | 'related';

export interface SkillCreditSource {
  /** The credit scoring uses (0..1). */
  credit: number;
  /** null: no credit at all. */
  via: CreditVia | null;
  /** The held skill the credit comes from (-1 when none). */
  heldSkillId: number;
  /** Level 1..3 and evidence code of that held skill (0 when none). */
  level: number;
  evidence: number;
}

/** Order among equal credits: the plainest source first. */
const RANK: Record<CreditVia, number> = { direct: 0, narrower: 1, broader: 2, related: 3 };

export function classifySkillCredit(table: SkillTable, P: PersonIndex, pi: number, skillId: number, r: number, parent: number, group: number): SkillCreditSource {
  const credit = table.lookup(skillId, r, parent, group);
  const none: SkillCreditSource = { credit, via: null, heldSkillId: -1, level: 0, evidence: 0 };
  if (credit <= 0) return none;
  const rel = table.relatedness;
  const d = P.skills.data;
  let best = none;
  let bestValue = -1;
  const consider = (via: CreditVia, value: number, o: number): void => {
    if (value > bestValue + 1e-9 || (Math.abs(value - bestValue) <= 1e-9 && best.via !== null && RANK[via] < RANK[best.via])) {
      bestValue = value;
      best = { credit, via, heldSkillId: d[o], level: d[o + 1], evidence: d[o + 2] };
    }
  };
  for (let i = 0, o = P.skills.start[pi]; i < P.skills.count[pi]; i++, o += 3) {
    const held = d[o];
    if (held < 0) continue;
    const c = heldCredit(d[o + 2], d[o + 1], r);
    const heldParent = rel.parentOf(held);
    if (held === skillId) consider('direct', c, o);
    else if (heldParent === skillId) consider('narrower', BROADER_NARROWER_CREDIT * c, o);
    else if (parent >= 0 && held === parent) consider('broader', BROADER_NARROWER_CREDIT * c, o);
    else if (parent >= 0 && heldParent === parent) consider('related', BROADER_NARROWER_CREDIT * BROADER_NARROWER_CREDIT * c, o);
    if (group >= 0 && held !== skillId && rel.groupOf(held) === group) consider('related', SAME_GROUP_CREDIT * c, o);
  }
  return best;
}
