/**
 * Pathway values for a pool of programmes at once, without scoring every programme against every
 * reachable job. Conferred skills mark the taxonomy keys they could improve (the skill, its parent,
 * "parent of" and its group) with one bit per programme (chunks of 32); one pass over the reachable,
 * gated-in jobs ORs the marks of each job's essential skills, so a job is re-scored only for the
 * programmes that can change its coverage, and only when the person does not already qualify.
 * A per-job upper bound (`CoverageBound`) then drops the programmes whose marks cannot lift the job to
 * the threshold, so most marked pairs are never re-scored.
 * Gives exactly what `pathwayValue` gives against `collectNearMissJobs` (tested), with or without the bound.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { REQ_STRIDE } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { aspirationComponent } from './components/aspiration';
import { CoverageBound, poolCannotQualify, type ProgrammeMarks } from './pathway-bound';
import { essentialCoverage } from './components/skills';
import {
  normalisePathwayValue,
  QUALIFIED_COVERAGE,
  VACANCY_BASE_VALUE,
  type PathwayResult,
} from './pathways';
import { SAME_GROUP_CREDIT, type Relatedness } from './relatedness';
import { SkillTable } from './skill-table';
import { grow } from './store/grow';
import { popcount32 } from './week-grid';

const CHUNK = 32;

export class PathwaySearch {
  /** Gated-in jobs within reach (filled by the ranking loop). */
  jobs = new Int32Array(1024);
  jobCount = 0;
  /** The last added job's base coverage: `essentialCoverage(baseTable, O, slot)`, bit for bit (the ranking loop reuses it). */
  readonly lastBaseCoverage = new Float64Array(1);
  /** Base essential coverage per entry of `jobs` (the person alone), computed when the job is added. */
  private baseCoverage = new Float64Array(1024);
  /**
   * Each added job's essential row, copied when it is added (the ranking loop has it in cache then):
   * [skill, parent, group] per skill and the person's credit for it, read sequentially by every chunk
   * of programmes instead of a random read of the row (and of the table) per job per chunk.
   */
  private rowKeys = new Int32Array(3 * 4096);
  private rowBase = new Float64Array(4096);
  private rowStart = new Int32Array(1024);
  private rowEnd = 0;
  /** Per job: sum of max(credit, SAME_GROUP_CREDIT) over its essentials (what group marks alone could reach). */
  private rowLoose = new Float64Array(1024);
  /** Per job, for the current `evaluate`: can any programme of the pool possibly unlock it. */
  private open = new Uint8Array(1024);
  /** Keys a programme's direct or parent marks land on (a conferred skill and its parent), for the pool. */
  private strongKey = new Uint8Array(1024);
  private strongTouched: number[] = [];
  private markDirect = new Uint32Array(1024);
  private markParent = new Uint32Array(1024);
  private markGroup = new Uint32Array(64);
  private touched: number[] = [];
  private readonly table: SkillTable;
  private readonly bound = new CoverageBound();
  /** (programme, job) pairs the bound ruled out since construction (metrics and tests). */
  boundSkipped = 0;
  /** Unqualified jobs `poolCannotQualify` ruled out for a whole pool since construction (metrics and tests). */
  poolSkipped = 0;

  /** `useBound: false` re-scores every marked pair (the reference the bound is tested against). */
  constructor(
    private readonly relatedness: Relatedness,
    private readonly useBound = true,
  ) {
    this.table = new SkillTable(relatedness);
  }

  reset(): void {
    this.jobCount = 0;
    this.rowEnd = 0;
  }

  /** A gated-in job within reach; `baseTable` holds the person's skills (the table `evaluate` gets). */
  addJob(slot: number, O: OpportunityIndex, baseTable: SkillTable): void {
    if (this.jobCount === this.jobs.length) {
      this.jobs = grow(this.jobs, this.jobCount * 2);
      this.baseCoverage = grow(this.baseCoverage, this.jobCount * 2);
      this.rowStart = grow(this.rowStart, this.jobCount * 2);
      this.rowLoose = grow(this.rowLoose, this.jobCount * 2);
      this.open = grow(this.open, this.jobCount * 2);
    }
    const n = O.essential.count[slot];
    const start = this.rowEnd;
    if (start + n > this.rowBase.length) {
      const cap = Math.max(start + n, this.rowBase.length * 2);
      this.rowBase = grow(this.rowBase, cap);
      this.rowKeys = grow(this.rowKeys, cap * 3);
    }
    const d = O.essential.data;
    const keys = this.rowKeys;
    const dense = baseTable.denseTable(O.vocab.relatedness, n);
    const size = dense === null ? 0 : dense.length;
    let sum = 0;
    let loose = 0;
    // The person's credits as coverageInto reads them, summed in the same order: bit-identical to essentialCoverage.
    for (let k = 0, o = O.essential.start[slot]; k < n; k++, o += REQ_STRIDE) {
      const key = d[o] * 3 + d[o + 1] - 1;
      const b = dense !== null && key >= 0 && key < size ? dense[key] : baseTable.lookup(d[o], d[o + 1], d[o + 2], d[o + 3]);
      keys[(start + k) * 3] = d[o];
      keys[(start + k) * 3 + 1] = d[o + 2];
      keys[(start + k) * 3 + 2] = d[o + 3];
      this.rowBase[start + k] = b;
      sum += b;
      loose += b > SAME_GROUP_CREDIT ? b : SAME_GROUP_CREDIT;
    }
    this.rowLoose[this.jobCount] = loose;
    this.baseCoverage[this.jobCount] = n === 0 ? 1 : sum / n;
    this.lastBaseCoverage[0] = this.baseCoverage[this.jobCount];
    this.rowStart[this.jobCount] = start;
    this.rowEnd = start + n;
    this.jobs[this.jobCount++] = slot;
  }

  /** Pathway results for `programmes` (slots), in the same order. `baseTable` holds the person's skills. */
  evaluate(baseTable: SkillTable, P: PersonIndex, pi: number, O: OpportunityIndex, programmes: number[]): PathwayResult[] {
    const results: PathwayResult[] = programmes.map((ti) => {
      const selfEmployment = (O.flags[ti] & C.OF_SELF_EMPLOYMENT) !== 0 && P.pathway[pi] === C.PATHWAY_CODE.self_employment;
      const normalised = selfEmployment ? 0.5 * O.demand[ti] + 0.5 * aspirationComponent(P, pi, O, ti) : 0;
      return { value: normalised, normalised, unlockedSlots: [], selfEmployment };
    });
    if (this.useBound) this.findOpenJobs(O, programmes, results);
    for (let from = 0; from < programmes.length; from += CHUNK) {
      const chunk = programmes.slice(from, from + CHUNK);
      this.mark(O, chunk, results.slice(from, from + CHUNK));
      const marks = this.marks(); // after mark(): it may have grown the arrays
      const perProgramme: number[][] = chunk.map(() => []);
      const chunkBits = chunk.length === 32 ? -1 : (1 << chunk.length) - 1;
      for (let i = 0; i < this.jobCount; i++) {
        const j = this.jobs[i];
        if (this.baseCoverage[i] >= QUALIFIED_COVERAGE) continue; // already qualified: nothing to unlock
        let mask: number;
        if (this.useBound) {
          if (this.open[i] === 0) continue;
          // The programmes marking the job, and those the bound keeps, from the copied row.
          const start = this.rowStart[i];
          const n = (i + 1 < this.jobCount ? this.rowStart[i + 1] : this.rowEnd) - start;
          mask = this.bound.survivors(this.rowKeys, this.rowBase, start, n, marks, chunkBits, QUALIFIED_COVERAGE);
          this.boundSkipped += popcount32(this.bound.marked) - popcount32(mask);
        } else {
          mask = this.markedBy(O, j);
        }
        if (mask === 0) continue;
        for (let b = 0; b < chunk.length; b++) if (mask & (1 << b)) perProgramme[b].push(j);
      }
      this.unmark();
      chunk.forEach((ti, b) => {
        const r = results[from + b];
        if (r.selfEmployment || perProgramme[b].length === 0) return;
        const t = this.table;
        t.reset();
        t.addRecords(P.skills.data, P.skills.start[pi], P.skills.count[pi], 3);
        t.addRecords(O.conferred.data, O.conferred.start[ti], O.conferred.count[ti], 2);
        for (const j of perProgramme[b]) {
          if (essentialCoverage(t, O, j) >= QUALIFIED_COVERAGE) {
            r.unlockedSlots.push(j);
            r.value += VACANCY_BASE_VALUE + (1 - VACANCY_BASE_VALUE) * O.demand[j];
          }
        }
        r.unlockedSlots.sort((a, b2) => a - b2);
        r.normalised = normalisePathwayValue(r.value);
      });
    }
    return results;
  }

  /**
   * Marks, in `open`, the jobs some programme of the pool could unlock: not qualified yet and not ruled
   * out by `poolCannotQualify` (direct and parent hits of the pool's marks counted on the copied row).
   * Every other job gets no survivor from any chunk: skipped outright, after one sequential pass over
   * the copied rows instead of one bound per job per chunk.
   */
  private findOpenJobs(O: OpportunityIndex, programmes: number[], results: PathwayResult[]): void {
    const rel = this.relatedness;
    const strong = (key: number) => {
      if (key < 0) return;
      if (key >= this.strongKey.length) this.strongKey = grow(this.strongKey, Math.max(key + 1, this.strongKey.length * 2));
      if (this.strongKey[key] === 0) this.strongTouched.push(key);
      this.strongKey[key] = 1;
    };
    programmes.forEach((ti, b) => {
      if (results[b].selfEmployment) return;
      const d = O.conferred.data;
      for (let k = 0, o = O.conferred.start[ti]; k < O.conferred.count[ti]; k++, o += 2) {
        strong(d[o]); // mark() sets 'd' and 'p' on the conferred skill ...
        strong(rel.parentOf(d[o])); // ... and on its parent
      }
    });
    const sk = this.strongKey;
    const keys = this.rowKeys;
    for (let i = 0; i < this.jobCount; i++) {
      this.open[i] = 0;
      if (this.baseCoverage[i] >= QUALIFIED_COVERAGE) continue;
      const start = this.rowStart[i];
      const end = i + 1 < this.jobCount ? this.rowStart[i + 1] : this.rowEnd;
      let direct = 0;
      let parents = 0;
      for (let o = start * 3; o < end * 3; o += 3) {
        const s = keys[o];
        const parent = keys[o + 1];
        if (s >= 0 && s < sk.length && sk[s] !== 0) direct++;
        else if (parent >= 0 && parent < sk.length && sk[parent] !== 0) parents++;
      }
      if (!poolCannotQualify(this.rowLoose[i], direct, parents, end - start, QUALIFIED_COVERAGE)) this.open[i] = 1;
      else this.poolSkipped++;
    }
    for (const k of this.strongTouched) this.strongKey[k] = 0;
    this.strongTouched.length = 0;
  }

  /** Programmes of the current chunk whose marks touch job j's essential skills (the reference path). */
  private markedBy(O: OpportunityIndex, j: number): number {
    const d = O.essential.data;
    const md = this.markDirect;
    const mp = this.markParent;
    const mg = this.markGroup;
    let mask = 0;
    for (let k = 0, o = O.essential.start[j]; k < O.essential.count[j]; k++, o += REQ_STRIDE) {
      const s = d[o];
      const parent = d[o + 2];
      const group = d[o + 3];
      if (s < md.length) mask |= md[s];
      if (parent >= 0 && parent < mp.length) mask |= mp[parent];
      if (group >= 0 && group < mg.length) mask |= mg[group];
    }
    return mask;
  }

  private marks(): ProgrammeMarks {
    return { direct: this.markDirect, parent: this.markParent, group: this.markGroup };
  }

  private mark(O: OpportunityIndex, chunk: number[], results: PathwayResult[]): void {
    const rel = this.relatedness;
    chunk.forEach((ti, b) => {
      if (results[b].selfEmployment) return;
      const bit = 1 << b;
      const d = O.conferred.data;
      for (let k = 0, o = O.conferred.start[ti]; k < O.conferred.count[ti]; k++, o += 2) {
        const c = d[o];
        const parent = rel.parentOf(c);
        const group = rel.groupOf(c);
        this.set('d', c, bit); // the job requires c
        this.set('p', c, bit); // the job requires a narrower concept of c (broader held)
        if (parent >= 0) {
          this.set('d', parent, bit); // the job requires c's parent (narrower held)
          this.set('p', parent, bit); // the job requires a sibling of c (credit via the folded parent)
        }
        if (group >= 0) this.set('g', group, bit);
      }
    });
  }

  private set(kind: 'd' | 'p' | 'g', key: number, bit: number): void {
    if (key < 0) return;
    if (kind === 'g') {
      if (key >= this.markGroup.length) this.markGroup = grow(this.markGroup, Math.max(key + 1, this.markGroup.length * 2));
    } else if (key >= this.markDirect.length) {
      const n = Math.max(key + 1, this.markDirect.length * 2, 1024);
      this.markDirect = grow(this.markDirect, n);
      this.markParent = grow(this.markParent, n);
    }
    const arr = kind === 'd' ? this.markDirect : kind === 'p' ? this.markParent : this.markGroup;
    arr[key] |= bit;
    this.touched.push(kind === 'g' ? -key - 1 : key);
  }

  private unmark(): void {
    for (const k of this.touched) {
      if (k < 0) this.markGroup[-k - 1] = 0;
      else {
        this.markDirect[k] = 0;
        this.markParent[k] = 0;
      }
    }
    this.touched.length = 0;
  }
}
