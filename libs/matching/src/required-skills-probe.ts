/**
 * The skills component of ONE opportunity for many people (the employer view), without building each
 * person's SkillTable. A table costs a write per held skill x level x (skill, parent, group) and most of
 * it is never read: one opportunity reads ~20 keys. The probe marks those keys once per opportunity and,
 * per person, folds only the held skills that land on them.
 *
 * Exact: per key it keeps the same maximum the table keeps (float32 store, `c <= stored` skips), and
 * combines skill, parent and group credit as `SkillTable.lookup` does, summing in row order as
 * `coverageInto` and adding the optional skills as `skillsInto`: the same double, bit for bit (property-tested).
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { REQ_STRIDE } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { withOptional } from './components/skills';
import { BROADER_NARROWER_CREDIT, SAME_GROUP_CREDIT, type Relatedness } from './relatedness';
import { heldCredit } from './skill-table';
import type { RaggedStore } from './store/ragged-store';
import { grow } from './store/grow';

export class RequiredSkillsProbe {
  /** Skill id -> index of its key among the opportunity's keys (-1: not read by this opportunity). */
  private keyOf = new Int32Array(0).fill(-1);
  private groupKeyOf = new Int32Array(0).fill(-1);
  private keys: number[] = [];
  private groupKeys: number[] = [];
  /** Per key x level, what the person's table would hold (float32, like the table). */
  private credit = new Float32Array(0);
  private gcredit = new Float32Array(0);
  /** Row positions as key indexes: [skill key, parent key or -1, group key or -1, level - 1]. */
  private essential = new Int32Array(0);
  private optional = new Int32Array(0);
  private nEssential = 0;
  private nOptional = 0;
  /** False when a row holds a negative skill id (left to the table, whatever it makes of it). */
  usable = false;

  /** @param relatedness the relatedness of the skill table this replaces (folds held skills). */
  constructor(private readonly relatedness: Relatedness) {}

  /** Mark the keys opportunity `oi` reads. */
  prepare(O: OpportunityIndex, oi: number): void {
    this.clear();
    this.usable = true;
    this.nEssential = O.essential.count[oi];
    this.nOptional = O.optional.count[oi];
    this.essential = this.rowKeys(O.essential, oi, this.essential);
    this.optional = this.rowKeys(O.optional, oi, this.optional);
    if (this.credit.length < this.keys.length * 3) this.credit = new Float32Array(this.keys.length * 3);
    if (this.gcredit.length < this.groupKeys.length * 3) this.gcredit = new Float32Array(this.groupKeys.length * 3);
  }

  /** Writes person `pi`'s skills component for the prepared opportunity into `out[at]` (what `skillsInto` writes). */
  skillsInto(P: PersonIndex, pi: number, out: Float64Array, at: number): void {
    const credit = this.credit;
    const gcredit = this.gcredit;
    credit.fill(0, 0, this.keys.length * 3);
    gcredit.fill(0, 0, this.groupKeys.length * 3);
    const keyOf = this.keyOf;
    const groupKeyOf = this.groupKeyOf;
    const rel = this.relatedness;
    const d = P.skills.data;
    for (let i = 0, o = P.skills.start[pi], n = P.skills.count[pi]; i < n; i++, o += 3) {
      const skill = d[o];
      if (skill < 0) continue; // SkillTable.add ignores them too
      const parent = rel.parentOf(skill);
      const group = rel.groupOf(skill);
      const k = skill < keyOf.length ? keyOf[skill] : -1;
      const kp = parent >= 0 && parent < keyOf.length ? keyOf[parent] : -1;
      const kg = group >= 0 && group < groupKeyOf.length ? groupKeyOf[group] : -1;
      if (k < 0 && kp < 0 && kg < 0) continue;
      for (let r = 1; r <= 3; r++) {
        const c = heldCredit(d[o + 2], d[o + 1], r);
        if (k >= 0 && c > credit[k * 3 + r - 1]) credit[k * 3 + r - 1] = c;
        if (kp >= 0) {
          const b = BROADER_NARROWER_CREDIT * c;
          if (b > credit[kp * 3 + r - 1]) credit[kp * 3 + r - 1] = b;
        }
        if (kg >= 0 && c > gcredit[kg * 3 + r - 1]) gcredit[kg * 3 + r - 1] = c;
      }
    }
    out[at] = this.coverage(this.essential, this.nEssential);
    if (this.nOptional === 0) return;
    out[at] = withOptional(out[at], this.coverage(this.optional, this.nOptional));
  }

  /** Mean credit over a prepared row, as SkillTable.lookup + coverageInto compute it. */
  private coverage(row: Int32Array, n: number): number {
    if (n === 0) return 1;
    const credit = this.credit;
    const gcredit = this.gcredit;
    let sum = 0;
    for (let i = 0, o = 0; i < n; i++, o += 4) {
      const rr = row[o + 3];
      let best = credit[row[o] * 3 + rr];
      if (best < 1) {
        const kp = row[o + 1];
        if (kp >= 0) {
          const b = BROADER_NARROWER_CREDIT * credit[kp * 3 + rr];
          if (b > best) best = b;
        }
        const kg = row[o + 2];
        if (kg >= 0) {
          const g = SAME_GROUP_CREDIT * gcredit[kg * 3 + rr];
          if (g > best) best = g;
        }
      }
      sum += best;
    }
    return sum / n;
  }

  private rowKeys(store: RaggedStore, oi: number, into: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
    const n = store.count[oi];
    const out = into.length >= n * 4 ? into : new Int32Array(n * 4);
    const d = store.data;
    for (let i = 0, o = store.start[oi]; i < n; i++, o += REQ_STRIDE) {
      const skill = d[o];
      if (skill < 0) this.usable = false;
      out[i * 4] = skill < 0 ? 0 : this.key(skill);
      out[i * 4 + 1] = d[o + 2] >= 0 ? this.key(d[o + 2]) : -1;
      out[i * 4 + 2] = d[o + 3] >= 0 ? this.groupKey(d[o + 3]) : -1;
      out[i * 4 + 3] = d[o + 1] - 1;
    }
    return out;
  }

  private key(skill: number): number {
    if (skill >= this.keyOf.length) this.keyOf = grow(this.keyOf, Math.max(skill + 1, this.keyOf.length * 2, 1024), -1);
    if (this.keyOf[skill] < 0) {
      this.keyOf[skill] = this.keys.length;
      this.keys.push(skill);
    }
    return this.keyOf[skill];
  }

  private groupKey(group: number): number {
    if (group >= this.groupKeyOf.length) this.groupKeyOf = grow(this.groupKeyOf, Math.max(group + 1, this.groupKeyOf.length * 2, 64), -1);
    if (this.groupKeyOf[group] < 0) {
      this.groupKeyOf[group] = this.groupKeys.length;
      this.groupKeys.push(group);
    }
    return this.groupKeyOf[group];
  }

  private clear(): void {
    for (const k of this.keys) this.keyOf[k] = -1;
    for (const g of this.groupKeys) this.groupKeyOf[g] = -1;
    this.keys.length = 0;
    this.groupKeys.length = 0;
  }
}
