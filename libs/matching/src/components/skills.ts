/**
 * Skills component: level- and evidence-aware coverage of the essential skills (credit per skill from
 * the person's SkillTable, relatedness included), plus optional skills as a capped bonus.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import { REQ_STRIDE } from '../compile/opportunity-index';
import type { RaggedStore } from '../store/ragged-store';
import type { SkillTable } from '../skill-table';

/** Optional skills can add at most this much on top of essential coverage (total capped at 1). */
export const OPTIONAL_SKILLS_BONUS = 0.15;

/** Mean credit over a required-skill row (1 when the row is empty: nothing is required). */
export function coverage(table: SkillTable, store: RaggedStore, slot: number): number {
  const n = store.count[slot];
  if (n === 0) return 1;
  const d = store.data;
  let sum = 0;
  for (let i = 0, o = store.start[slot]; i < n; i++, o += REQ_STRIDE) sum += table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
  return sum / n;
}

export function essentialCoverage(table: SkillTable, O: OpportunityIndex, oi: number): number {
  return coverage(table, O.essential, oi);
}

export function skillsComponent(table: SkillTable, O: OpportunityIndex, oi: number): number {
  const essential = coverage(table, O.essential, oi);
  if (O.optional.count[oi] === 0) return essential;
  const s = essential + OPTIONAL_SKILLS_BONUS * coverage(table, O.optional, oi);
  return s > 1 ? 1 : s;
}
