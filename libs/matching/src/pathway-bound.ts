/**
 * Upper bound on a job's essential coverage after a programme, for up to 32 programmes at once (one bit
 * each), so `PathwaySearch` re-scores a (programme, job) pair only when the programme could possibly lift
 * the job to QUALIFIED_COVERAGE. Without it, broad ESCO skill groups made almost every reachable job a
 * candidate for almost every programme (46% of ranking CPU at 100k opportunities, docs/bench-data.md).
 *
 * Why it is sound: the skill table keeps, per key, the best credit anyone wrote, and a lookup takes the
 * best of three keys, so credit(P + T, s) = max(credit(P, s), credit(T, s)). What T's conferred skills
 * can give a required skill s is bounded by how s was marked (see PathwaySearch.mark):
 *   - direct mark (s is a conferred skill c, or c's parent): at most 1;
 *   - parent mark (s's parent is c, or a sibling of c): at most BROADER_NARROWER_CREDIT (0.7);
 *   - group mark (s shares c's group): at most SAME_GROUP_CREDIT (0.5).
 * Summing max(base, tier) over the essentials in the same order as `coverageInto` gives a sum at least
 * the real one (rounded addition is monotone); a margin of 1e-9 absorbs the different summation of gains.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { REQ_STRIDE } from './compile/opportunity-index';
import { BROADER_NARROWER_CREDIT, SAME_GROUP_CREDIT } from './relatedness';
import type { SkillTable } from './skill-table';
import { grow } from './store/grow';

/** Far larger than any rounding difference between the bound and `coverageInto` (~1e-14), far below any real gap. */
const MARGIN = 1e-9;

/** The per-programme bit marks of one chunk, keyed as `SkillTable.lookup` reads them. */
export interface ProgrammeMarks {
  direct: Uint32Array;
  parent: Uint32Array;
  group: Uint32Array;
}

export class CoverageBound {
  private gain = new Float64Array(32);
  private base = new Float64Array(64);
  private dBits = new Uint32Array(64);
  private pBits = new Uint32Array(64);
  private gBits = new Uint32Array(64);

  /** Set by `survivors`: the job's essential coverage for the person alone, exactly as `essentialCoverage` computes it. */
  baseCoverage = 0;
  /** Set by `survivors`: the programmes (bits of `candidates`) that mark any of the job's essential skills. */
  marked = 0;

  /**
   * Of the programmes in `candidates` (bits), those whose conferred skills could lift job `j` to
   * `threshold` essential coverage for the person in `baseTable`. Every bit left out provably cannot.
   * One pass over the job's row also yields `baseCoverage` and `marked`.
   */
  survivors(baseTable: SkillTable, O: OpportunityIndex, j: number, marks: ProgrammeMarks, candidates: number, threshold: number): number {
    const n = O.essential.count[j];
    this.marked = 0;
    if (n === 0) {
      this.baseCoverage = 1; // nothing required (coverageInto's rule): qualified already, nothing to unlock
      return 0;
    }
    if (n > this.base.length) {
      this.base = grow(this.base, n * 2);
      this.dBits = grow(this.dBits, n * 2);
      this.pBits = grow(this.pBits, n * 2);
      this.gBits = grow(this.gBits, n * 2);
    }
    const d = O.essential.data;
    const { direct: md, parent: mp, group: mg } = marks;
    const need = (threshold - MARGIN) * n;
    // Pass 1: base credits, and the bound when every marking programme gave its best tier at once.
    let baseSum = 0;
    let anySum = 0;
    let marked = 0;
    // The person's dense table when built (ranking builds it early): one read per skill, same values.
    const dense = baseTable.denseTable(O.vocab.relatedness, n);
    const size = dense === null ? 0 : dense.length;
    for (let k = 0, o = O.essential.start[j]; k < n; k++, o += REQ_STRIDE) {
      const s = d[o];
      const parent = d[o + 2];
      const group = d[o + 3];
      const key = s * 3 + d[o + 1] - 1;
      const b = dense !== null && key >= 0 && key < size ? dense[key] : baseTable.lookup(s, d[o + 1], parent, group);
      const db = (s < md.length ? md[s] : 0) & candidates;
      const pb = (parent >= 0 && parent < mp.length ? mp[parent] : 0) & candidates & ~db;
      const gb = (group >= 0 && group < mg.length ? mg[group] : 0) & candidates & ~db & ~pb;
      marked |= db | pb | gb;
      this.base[k] = b;
      this.dBits[k] = db;
      this.pBits[k] = pb;
      this.gBits[k] = gb;
      baseSum += b;
      const tier = db !== 0 ? 1 : pb !== 0 ? BROADER_NARROWER_CREDIT : gb !== 0 ? SAME_GROUP_CREDIT : 0;
      anySum += tier > b ? tier : b;
    }
    // Same additions in the same order as coverageInto: bit-identical to essentialCoverage.
    this.baseCoverage = baseSum / n;
    this.marked = marked;
    if (marked === 0 || this.baseCoverage >= threshold || anySum < need) return 0;
    // Pass 2: per programme, the gain its own marks allow.
    const gain = this.gain;
    gain.fill(0);
    for (let k = 0; k < n; k++) {
      const b = this.base[k];
      if (b < 1) addGain(gain, this.dBits[k], 1 - b);
      if (b < BROADER_NARROWER_CREDIT) addGain(gain, this.pBits[k], BROADER_NARROWER_CREDIT - b);
      if (b < SAME_GROUP_CREDIT) addGain(gain, this.gBits[k], SAME_GROUP_CREDIT - b);
    }
    let out = 0;
    for (let bits = candidates; bits !== 0; bits &= bits - 1) {
      const bit = 31 - Math.clz32(bits & -bits);
      if (baseSum + gain[bit] >= need) out |= 1 << bit;
    }
    return out;
  }
}

function addGain(gain: Float64Array, bits: number, g: number): void {
  for (; bits !== 0; bits &= bits - 1) gain[31 - Math.clz32(bits & -bits)] += g;
}
