/**
 * Taxonomy relatedness as precomputed integer arrays, supplied by the caller (libs/taxonomy builds them
 * from ESCO). The engine copies the parent and group of every required skill into the compiled
 * opportunity, so scoring never calls back into this object.
 */

/** Partial credit when the person holds the broader or a narrower concept of a required skill. */
export const BROADER_NARROWER_CREDIT = 0.7;
/** Partial credit when the person holds another skill of the same skill group. */
export const SAME_GROUP_CREDIT = 0.5;

export interface Relatedness {
  /** Exclusive upper bound of skill ids (size of the lookup tables). */
  readonly skillCount: number;
  /** Exclusive upper bound of group ids. */
  readonly groupCount: number;
  /** Broader concept of a skill, or -1. */
  parentOf(skillId: number): number;
  /** Skill group of a skill, or -1. */
  groupOf(skillId: number): number;
}

/** Array-backed relatedness: `parent[skill]` and `group[skill]`, -1 where none. */
export class ArrayRelatedness implements Relatedness {
  readonly skillCount: number;
  readonly groupCount: number;
  constructor(
    private readonly parent: Int32Array,
    private readonly group: Int32Array,
  ) {
    this.skillCount = Math.max(parent.length, group.length);
    let g = 0;
    for (let i = 0; i < group.length; i++) if (group[i] >= g) g = group[i] + 1;
    this.groupCount = g;
  }
  parentOf(skillId: number): number {
    return skillId >= 0 && skillId < this.parent.length ? this.parent[skillId] : -1;
  }
  groupOf(skillId: number): number {
    return skillId >= 0 && skillId < this.group.length ? this.group[skillId] : -1;
  }

  /** Convenience for tests and small taxonomies: {skillId: {parent?, group?}}. */
  static fromPairs(skillCount: number, entries: Array<[number, { parent?: number; group?: number }]>): ArrayRelatedness {
    const parent = new Int32Array(skillCount).fill(-1);
    const group = new Int32Array(skillCount).fill(-1);
    for (const [id, r] of entries) {
      if (r.parent !== undefined) parent[id] = r.parent;
      if (r.group !== undefined) group[id] = r.group;
    }
    return new ArrayRelatedness(parent, group);
  }
}

/** No taxonomy: exact skill matches only. */
export const NO_RELATEDNESS: Relatedness = Object.freeze({
  skillCount: 0,
  groupCount: 0,
  parentOf: () => -1,
  groupOf: () => -1,
});
