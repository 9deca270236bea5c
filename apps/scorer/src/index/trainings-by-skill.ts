import type { EngineOpportunity } from '@app/matching';

/** Covering courses named per missing skill in an explanation. */
export const COVERING_LIMIT = 3;
/** Programmes looked at per skill when only those a person can take are named (by id, deterministic). */
export const COVERING_SCAN = 256;

/** Which programmes confer each skill, to say in an explanation which course covers a missing skill. */
export class TrainingsBySkill {
  private readonly bySkill = new Map<number, Set<string>>();
  private readonly byOpportunity = new Map<string, number[]>();
  /**
   * The answer per skill, kept until a programme conferring it changes: at 100k opportunities a common
   * skill is conferred by hundreds of programmes, and a ranking asks for ~1,000 missing skills.
   */
  private readonly answers = new Map<number, readonly string[]>();
  /** The first COVERING_SCAN programme ids per skill, by id, kept like `answers`. */
  private readonly sorted = new Map<number, readonly string[]>();
  /** Titles of the programmes held (stored with the results that name them as covering courses). */
  private readonly titles = new Map<string, string>();

  upsert(o: EngineOpportunity, title?: string): void {
    this.remove(o.id);
    if (o.kind === 'job' || o.skillsConferred.length === 0) return;
    if (title !== undefined) this.titles.set(o.id, title);
    const skills = o.skillsConferred.map((s) => s.skillId);
    this.byOpportunity.set(o.id, skills);
    for (const s of skills) {
      let set = this.bySkill.get(s);
      if (!set) this.bySkill.set(s, (set = new Set()));
      set.add(o.id);
      this.answers.delete(s);
      this.sorted.delete(s);
    }
  }

  remove(id: string): void {
    for (const s of this.byOpportunity.get(id) ?? []) {
      this.bySkill.get(s)?.delete(id);
      this.answers.delete(s);
      this.sorted.delete(s);
    }
    this.byOpportunity.delete(id);
    this.titles.delete(id);
  }

  /** The title of a programme held, if known. */
  title(id: string): string | undefined {
    return this.titles.get(id);
  }

  /**
   * The first COVERING_LIMIT programme ids by id (deterministic across processes); a fresh array. With
   * `accept` (e.g. "this person passes every gate of it"), the first COVERING_LIMIT accepted ones among
   * the first COVERING_SCAN by id: a course the person cannot take (too far, full, not allowed) is not
   * named as the way to learn a skill.
   */
  covering(skillId: number, accept?: (opportunityId: string) => boolean): string[] {
    if (!accept) {
      let answer = this.answers.get(skillId);
      if (!answer) {
        answer = smallest(this.bySkill.get(skillId) ?? [], COVERING_LIMIT);
        this.answers.set(skillId, answer);
      }
      return [...answer];
    }
    let sorted = this.sorted.get(skillId);
    if (!sorted) {
      sorted = smallest(this.bySkill.get(skillId) ?? [], COVERING_SCAN);
      this.sorted.set(skillId, sorted);
    }
    const out: string[] = [];
    for (const id of sorted) {
      if (accept(id)) out.push(id);
      if (out.length === COVERING_LIMIT) break;
    }
    return out;
  }
}

/** The k smallest strings, ascending, without sorting the whole set. */
function smallest(ids: Iterable<string>, k: number): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (out.length === k && id >= out[k - 1]) continue;
    let i = Math.min(out.length, k - 1);
    if (out.length < k) out.push(id);
    while (i > 0 && out[i - 1] > id) {
      out[i] = out[i - 1];
      i--;
    }
    out[i] = id;
  }
  return out;
}
