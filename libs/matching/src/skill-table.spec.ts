import { ArrayRelatedness, NO_RELATEDNESS } from './relatedness';
import { SkillTable } from './skill-table';

// Skill 1's parent is 0; skills 1, 2 are in group 5; skill 3 unrelated.
const rel = ArrayRelatedness.fromPairs(10, [
  [1, { parent: 0, group: 5 }],
  [2, { group: 5 }],
]);

describe('SkillTable', () => {
  it('full credit at or above the required level; partial below', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 2, 2); // level 2, certified
    expect(t.lookup(3, 1, -1, -1)).toBe(1);
    expect(t.lookup(3, 2, -1, -1)).toBe(1);
    expect(t.lookup(3, 3, -1, -1)).toBeCloseTo(0.6);
    expect(t.lookup(4, 1, -1, -1)).toBe(0);
  });

  it('discounts self-declared (0.85) and assessed (0.95) evidence', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 3, 0);
    t.add(4, 3, 1);
    expect(t.lookup(3, 1, -1, -1)).toBeCloseTo(0.85);
    expect(t.lookup(4, 1, -1, -1)).toBeCloseTo(0.95);
  });

  it('relatedness: narrower held 0.7, broader held 0.7, same group 0.5', () => {
    const t = new SkillTable(rel);
    t.reset();
    t.add(1, 3, 2); // holds skill 1 (narrower of 0, group 5)
    expect(t.lookup(0, 1, -1, -1)).toBeCloseTo(0.7); // required 0: person holds a narrower concept
    expect(t.lookup(2, 1, -1, 5)).toBeCloseTo(0.5); // required 2: same group
    t.reset();
    t.add(0, 3, 2); // holds the broader concept of 1
    expect(t.lookup(1, 1, 0, 5)).toBeCloseTo(0.7);
  });

  it('reset forgets the previous person in O(1) and grows for unseen ids', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(5000, 1, 2);
    expect(t.lookup(5000, 1, -1, -1)).toBe(1);
    t.reset();
    expect(t.lookup(5000, 1, -1, -1)).toBe(0);
    expect(t.lookup(1e7, 1, -1, -1)).toBe(0);
  });

  it('keeps the best credit when a skill is listed twice', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 1, 2);
    t.add(3, 3, 0);
    expect(t.lookup(3, 3, -1, -1)).toBeCloseTo(0.85);
    expect(t.lookup(3, 1, -1, -1)).toBe(1);
  });
});
