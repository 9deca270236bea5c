/**
 * Skills component: level- and evidence-aware coverage of the essential skills (credit per skill from
 * the person's SkillTable, relatedness included), plus optional skills as a capped bonus.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import { REQ_STRIDE } from '../compile/opportunity-index';
import type { RaggedStore } from '../store/ragged-store';
import type { Relatedness } from '../relatedness';
import type { SkillTable } from '../skill-table';

/** Optional skills can add at most this much on top of essential coverage (total capped at 1). */
export const OPTIONAL_SKILLS_BONUS = 0.15;

/**
 * Writes the mean credit over a required-skill row into `out[at]` (1 when the row is empty: nothing
 * required). `rel` is the relatedness the row was compiled with: when it is the table's, the table's
 * dense form serves the row (one read per skill), with exactly the values `lookup` gives.
 */
export function coverageInto(table: SkillTable, rel: Relatedness, store: RaggedStore, slot: number, out: Float64Array, at: number): void {
  const n = store.count[slot];
  if (n === 0) {
    out[at] = 1;
    return;
  }
  const d = store.data;
  let sum = 0;
  const dense = table.denseTable(rel, n);
  if (dense !== null) {
    const size = dense.length;
    for (let i = 0, o = store.start[slot]; i < n; i++, o += REQ_STRIDE) {
      const key = d[o] * 3 + d[o + 1] - 1;
      sum += key >= 0 && key < size ? dense[key] : table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
    }
  } else {
    for (let i = 0, o = store.start[slot]; i < n; i++, o += REQ_STRIDE) sum += table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
  }
  out[at] = sum / n;
}
const TMP = new Float64Array(1);

/** Mean credit over a required-skill row (convenience form of coverageInto). */
export function coverage(table: SkillTable, rel: Relatedness, store: RaggedStore, slot: number): number {
  coverageInto(table, rel, store, slot, TMP, 0);
  return TMP[0];
}

export function essentialCoverage(table: SkillTable, O: OpportunityIndex, oi: number): number {
  return coverage(table, O.vocab.relatedness, O.essential, oi);
}

/**
 * Writes the skills component into `out[at]`. The scoring loop uses this form: a double returned from a
 * call V8 does not inline is boxed on the heap, a typed-array store is not (measured: it made the full
 * scoring function allocate ~48 bytes per pair).
 */
export function skillsInto(table: SkillTable, O: OpportunityIndex, oi: number, out: Float64Array, at: number): void {
  coverageInto(table, O.vocab.relatedness, O.essential, oi, out, at);
  if (O.optional.count[oi] === 0) return;
  coverageInto(table, O.vocab.relatedness, O.optional, oi, TMP, 0);
  const s = out[at] + OPTIONAL_SKILLS_BONUS * TMP[0];
  out[at] = s > 1 ? 1 : s;
}

const ONE = new Float64Array(1);

/** Skills component 0..1 (convenience form; see skillsInto). */
export function skillsComponent(table: SkillTable, O: OpportunityIndex, oi: number): number {
  skillsInto(table, O, oi, ONE, 0);
  return ONE[0];
}
