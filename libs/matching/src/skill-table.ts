/**
 * Per-person skill lookup table over the whole skill-id space, built once per ranking call and reused
 * between calls (epoch stamps instead of clearing). Scoring an essential skill is then O(1): DESIGN
 * measured this ~3x faster than intersecting sorted arrays.
 *
 * For every skill id and every required level r (1..3) the table holds the best credit the person
 * gets: evidence factor x level factor, already folded with relatedness:
 *   - held directly: full credit;
 *   - held a narrower concept (required = parent of held): x0.7 (folded in at build time);
 *   - held the broader concept (parent of required is held): x0.7 (applied at lookup);
 *   - held another skill of the same group: x0.5 (group table).
 */
import { BROADER_NARROWER_CREDIT, SAME_GROUP_CREDIT, type Relatedness } from './relatedness';
import { grow } from './store/grow';

/** Self-declared skills are discounted a little; assessed a bit less; certified count fully. */
export const EVIDENCE_FACTOR: readonly number[] = [0.85, 0.95, 1.0];
/** Credit when the person's level is 0, 1 or 2 levels below the required one. */
export const LEVEL_GAP_FACTOR: readonly number[] = [1, 0.6, 0.3];
/** Evidence code used for skills a training confers (it ends with an assessment/certificate). */
export const CONFERRED_EVIDENCE = 2;

export class SkillTable {
  private epoch = 0;
  private stamp = new Uint32Array(0);
  private credit = new Float32Array(0);
  private gstamp = new Uint32Array(0);
  private gcredit = new Float32Array(0);

  constructor(private readonly relatedness: Relatedness) {
    this.ensureSkill(relatedness.skillCount);
    this.ensureGroup(relatedness.groupCount);
  }

  /** Start a new person (O(1): old entries become stale through the epoch). */
  reset(): void {
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.gstamp.fill(0);
      this.epoch = 1;
    }
  }

  /** Add every [skillId, level, evidence] record from a stride-3 arena slice. */
  addRecords(data: Int32Array, start: number, count: number, stride: number): void {
    for (let i = 0; i < count; i++) {
      const o = start + i * stride;
      this.add(data[o], data[o + 1], stride > 2 ? data[o + 2] : CONFERRED_EVIDENCE);
    }
  }

  add(skillId: number, level: number, evidence: number): void {
    if (skillId < 0) return;
    const ev = EVIDENCE_FACTOR[evidence] ?? EVIDENCE_FACTOR[0];
    const parent = this.relatedness.parentOf(skillId);
    const group = this.relatedness.groupOf(skillId);
    for (let r = 1; r <= 3; r++) {
      const gap = r - level;
      const c = ev * (gap <= 0 ? 1 : LEVEL_GAP_FACTOR[gap] ?? 0);
      this.put(skillId, r, c);
      if (parent >= 0) this.put(parent, r, BROADER_NARROWER_CREDIT * c);
      if (group >= 0) this.putGroup(group, r, c);
    }
  }

  /** Best credit 0..1 for a required skill at level r, given its parent and group (-1 when none). */
  lookup(skillId: number, r: number, parent: number, group: number): number {
    let best = this.direct(skillId, r);
    if (best >= 1) return best;
    if (parent >= 0) {
      const b = BROADER_NARROWER_CREDIT * this.direct(parent, r);
      if (b > best) best = b;
    }
    if (group >= 0 && group < this.gstamp.length && this.gstamp[group] === this.epoch) {
      const g = SAME_GROUP_CREDIT * this.gcredit[group * 3 + r - 1];
      if (g > best) best = g;
    }
    return best;
  }

  /** Credit from holding this exact skill (or a narrower one), no broader/group credit. */
  direct(skillId: number, r: number): number {
    if (skillId < 0 || skillId >= this.stamp.length || this.stamp[skillId] !== this.epoch) return 0;
    return this.credit[skillId * 3 + r - 1];
  }

  private put(skillId: number, r: number, c: number): void {
    this.ensureSkill(skillId + 1);
    const i = skillId * 3 + r - 1;
    if (this.stamp[skillId] !== this.epoch) {
      this.stamp[skillId] = this.epoch;
      this.credit[skillId * 3] = 0;
      this.credit[skillId * 3 + 1] = 0;
      this.credit[skillId * 3 + 2] = 0;
    }
    if (c > this.credit[i]) this.credit[i] = c;
  }

  private putGroup(group: number, r: number, c: number): void {
    this.ensureGroup(group + 1);
    const i = group * 3 + r - 1;
    if (this.gstamp[group] !== this.epoch) {
      this.gstamp[group] = this.epoch;
      this.gcredit[group * 3] = 0;
      this.gcredit[group * 3 + 1] = 0;
      this.gcredit[group * 3 + 2] = 0;
    }
    if (c > this.gcredit[i]) this.gcredit[i] = c;
  }

  private ensureSkill(n: number): void {
    if (n <= this.stamp.length) return;
    const cap = Math.max(n, this.stamp.length * 2, 1024);
    this.stamp = grow(this.stamp, cap);
    this.credit = grow(this.credit, cap * 3);
  }
  private ensureGroup(n: number): void {
    if (n <= this.gstamp.length) return;
    const cap = Math.max(n, this.gstamp.length * 2, 64);
    this.gstamp = grow(this.gstamp, cap);
    this.gcredit = grow(this.gcredit, cap * 3);
  }
}
