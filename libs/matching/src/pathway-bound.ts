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
import { BROADER_NARROWER_CREDIT, SAME_GROUP_CREDIT } from './relatedness';
import { grow } from './store/grow';

/** Far larger than any rounding difference between the bound and `coverageInto` (~1e-14), far below any real gap. */
const MARGIN = 1e-9;

/** The per-programme bit marks of one chunk, keyed as `SkillTable.lookup` reads them. */
export interface ProgrammeMarks {
  direct: Uint32Array;
  parent: Uint32Array;
  group: Uint32Array;
}

/**
 * Whether no programme of a pool can lift a job to `threshold`, from per-job sums alone (no marks read):
 * `loose` = sum over the job's essentials of max(base credit, SAME_GROUP_CREDIT) in row order, what group
 * marks alone could give; `directHits` essentials whose skill a programme marks directly (tier 1: at most
 * 1 - 0.5 more each) and `parentHits` others whose parent it marks (tier 0.7: at most 0.2 more each).
 * Term by term this is at least `survivors`' first bound for any chunk of the pool, so when it is below
 * the need (with twice the margin for the different summation) `survivors` keeps no programme.
 */
export function poolCannotQualify(loose: number, directHits: number, parentHits: number, n: number, threshold: number): boolean {
  const gain = (1 - SAME_GROUP_CREDIT) * directHits + (BROADER_NARROWER_CREDIT - SAME_GROUP_CREDIT) * parentHits;
  return loose + gain < (threshold - 2 * MARGIN) * n;
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
   * Of the programmes in `candidates` (bits), those whose conferred skills could lift a job to
   * `threshold` essential coverage for the person. Every bit left out provably cannot. The job's row is
   * `n` entries from `start`: `keys` [skill, parent, group] per entry and `bases` the person's credit for
   * each (PathwaySearch copies them when the job is added). Also sets `baseCoverage` and `marked`.
   */
  survivors(keys: Int32Array, bases: Float64Array, start: number, n: number, marks: ProgrammeMarks, candidates: number, threshold: number): number {
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
    const { direct: md, parent: mp, group: mg } = marks;
    const need = (threshold - MARGIN) * n;
    // Pass 1: base credits, and the bound when every marking programme gave its best tier at once.
    let baseSum = 0;
    let anySum = 0;
    let marked = 0;
    for (let k = 0, o = start * 3; k < n; k++, o += 3) {
      const s = keys[o];
      const parent = keys[o + 1];
      const group = keys[o + 2];
      const b = bases[start + k];
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
