/**
 * Skills component: level- and evidence-aware coverage of the essential skills (credit per skill from
 * the person's SkillTable, relatedness included), and of the optional skills with a small weight.
 */
import type { OpportunityIndex } from '../compile/opportunity-index';
import { REQ_STRIDE } from '../compile/opportunity-index';
import type { RaggedStore } from '../store/ragged-store';
import type { SkillTable } from '../skill-table';

/**
 * Weight of the optional skills next to the essential ones (1): the component is
 * `(essential + 0.15 x optional) / 1.15` when the opportunity lists optional skills, else the essential
 * coverage. Every optional skill held raises it (issue 15: a bonus capped at 1 did nothing for someone
 * who already had every essential skill).
 */
export const OPTIONAL_SKILLS_BONUS = 0.15;

/** The skills component from the essential and the optional coverage (the one formula, shared with the probe). */
export function withOptional(essential: number, optional: number): number {
  return (essential + OPTIONAL_SKILLS_BONUS * optional) / (1 + OPTIONAL_SKILLS_BONUS);
}

/**
 * Writes the mean credit over a required-skill row into `out[at]` (1 when the row is empty: nothing
 * required). `dense`: the person's dense table (`SkillTable.denseTable`) when it may serve this row, read
 * through the row's precomputed keys (`keys`, one integer per skill: one read each), with exactly the
 * values `lookup` gives; keys outside it (or -1) and a null `dense` go through `lookup`.
 */
export function rowCoverageInto(table: SkillTable, dense: Float64Array | null, store: RaggedStore, keys: RaggedStore, slot: number, out: Float64Array, at: number): void {
  const n = store.count[slot];
  if (n === 0) {
    out[at] = 1;
    return;
  }
  const d = store.data;
  let sum = 0;
  if (dense !== null) {
    const size = dense.length;
    const kd = keys.data;
    for (let i = 0, k = keys.start[slot]; i < n; i++, k++) {
      const key = kd[k];
      if (key >= 0 && key < size) sum += dense[key];
      else {
        const o = store.start[slot] + i * REQ_STRIDE;
        sum += table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
      }
    }
  } else {
    for (let i = 0, o = store.start[slot]; i < n; i++, o += REQ_STRIDE) sum += table.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
  }
  out[at] = sum / n;
}

/** Mean credit over the essential row of `oi` into `out[at]` (what `essentialCoverage` returns). */
export function essentialCoverageInto(table: SkillTable, O: OpportunityIndex, oi: number, out: Float64Array, at: number): void {
  rowCoverageInto(table, table.denseTable(O.vocab.relatedness, O.essential.count[oi]), O.essential, O.essentialKeys, oi, out, at);
}
const TMP = new Float64Array(1);

export function essentialCoverage(table: SkillTable, O: OpportunityIndex, oi: number): number {
  essentialCoverageInto(table, O, oi, TMP, 0);
  return TMP[0];
}

/**
 * Writes the skills component into `out[at]`. The scoring loop uses this form: a double returned from a
 * call V8 does not inline is boxed on the heap, a typed-array store is not (measured: it made the full
 * scoring function allocate ~48 bytes per pair).
 */
export function skillsInto(table: SkillTable, O: OpportunityIndex, oi: number, out: Float64Array, at: number): void {
  rowCoverageInto(table, table.denseTable(O.vocab.relatedness, O.essential.count[oi] + O.optional.count[oi]), O.essential, O.essentialKeys, oi, out, at);
  addOptionalInto(table, O, oi, out, at);
}

/**
 * The skills component from `out[at]` holding the essential coverage (`essentialCoverage`, e.g. computed
 * earlier from the same table): adds the optional skills, as `skillsInto` does.
 */
export function addOptionalInto(table: SkillTable, O: OpportunityIndex, oi: number, out: Float64Array, at: number): void {
  const nOptional = O.optional.count[oi];
  if (nOptional === 0) return;
  rowCoverageInto(table, table.denseTable(O.vocab.relatedness, nOptional), O.optional, O.optionalKeys, oi, TMP, 0);
  out[at] = withOptional(out[at], TMP[0]);
}

const ONE = new Float64Array(1);

/** Skills component 0..1 (convenience form; see skillsInto). */
export function skillsComponent(table: SkillTable, O: OpportunityIndex, oi: number): number {
  skillsInto(table, O, oi, ONE, 0);
  return ONE[0];
}
