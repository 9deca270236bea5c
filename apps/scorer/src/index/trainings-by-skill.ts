import type { EngineOpportunity } from '@app/matching';

/** Which programmes confer each skill, to say in an explanation which course covers a missing skill. */
export class TrainingsBySkill {
  private readonly bySkill = new Map<number, Set<string>>();
  private readonly byOpportunity = new Map<string, number[]>();

  upsert(o: EngineOpportunity): void {
    this.remove(o.id);
    if (o.kind === 'job' || o.skillsConferred.length === 0) return;
    const skills = o.skillsConferred.map((s) => s.skillId);
    this.byOpportunity.set(o.id, skills);
    for (const s of skills) {
      let set = this.bySkill.get(s);
      if (!set) this.bySkill.set(s, (set = new Set()));
      set.add(o.id);
    }
  }

  remove(id: string): void {
    for (const s of this.byOpportunity.get(id) ?? []) this.bySkill.get(s)?.delete(id);
    this.byOpportunity.delete(id);
  }

  /** At most `max` programme ids, sorted (deterministic across processes). */
  covering(skillId: number, max = 3): string[] {
    return [...(this.bySkill.get(skillId) ?? [])].sort().slice(0, max);
  }
}
