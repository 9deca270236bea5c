import fc from 'fast-check';
import { ArrayRelatedness, NO_RELATEDNESS } from './relatedness';
import { SkillTable } from './skill-table';

// Skill 1's parent is 0; skills 1, 2 are in group 5; skill 3 unrelated.
const rel = ArrayRelatedness.fromPairs(10, [
  [1, { parent: 0, group: 5 }],
  [2, { group: 5 }],
]);

describe('SkillTable', () => {
  it('level moves the credit: above the required level more than at it, below much less', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 2, 1); // level 2 (intermediate), assessed (factor 1)
    expect(t.lookup(3, 1, -1, -1)).toBeCloseTo(0.95); // one level above
    expect(t.lookup(3, 2, -1, -1)).toBeCloseTo(0.9); // at the level
    expect(t.lookup(3, 3, -1, -1)).toBeCloseTo(0.55); // one below
    expect(t.lookup(4, 1, -1, -1)).toBe(0);
    t.reset();
    t.add(3, 3, 1);
    expect(t.lookup(3, 1, -1, -1)).toBe(1); // two above
    t.reset();
    t.add(3, 1, 1);
    expect(t.lookup(3, 3, -1, -1)).toBeCloseTo(0.3); // two below
  });

  it('evidence moves the credit: assessed (1) > certified (0.95) > self-declared (0.85)', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 3, 0); // self-declared
    t.add(4, 3, 1); // assessed
    t.add(5, 3, 2); // certified
    expect(t.lookup(3, 1, -1, -1)).toBeCloseTo(0.85);
    expect(t.lookup(4, 1, -1, -1)).toBeCloseTo(1);
    expect(t.lookup(5, 1, -1, -1)).toBeCloseTo(0.95);
    expect(t.lookup(4, 2, -1, -1)).toBeGreaterThan(t.lookup(5, 2, -1, -1));
    expect(t.lookup(5, 2, -1, -1)).toBeGreaterThan(t.lookup(3, 2, -1, -1));
  });

  it('relatedness: narrower held 0.7, broader held 0.7, same group 0.5', () => {
    const t = new SkillTable(rel);
    t.reset();
    t.add(1, 3, 1); // holds skill 1 (narrower of 0, group 5), advanced, assessed: credit 1 for a basic requirement
    expect(t.lookup(0, 1, -1, -1)).toBeCloseTo(0.7); // required 0: person holds a narrower concept
    expect(t.lookup(2, 1, -1, 5)).toBeCloseTo(0.5); // required 2: same group
    t.reset();
    t.add(0, 3, 1); // holds the broader concept of 1
    expect(t.lookup(1, 1, 0, 5)).toBeCloseTo(0.7);
  });

  it('reset forgets the previous person in O(1) and grows for unseen ids', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(5000, 3, 1);
    expect(t.lookup(5000, 1, -1, -1)).toBe(1);
    t.reset();
    expect(t.lookup(5000, 1, -1, -1)).toBe(0);
    expect(t.lookup(1e7, 1, -1, -1)).toBe(0);
  });

  it('keeps the best credit when a skill is listed twice', () => {
    const t = new SkillTable(NO_RELATEDNESS);
    t.reset();
    t.add(3, 1, 1); // basic, assessed
    t.add(3, 3, 0); // advanced, self-declared
    expect(t.lookup(3, 3, -1, -1)).toBeCloseTo(0.85 * 0.9); // the advanced entry
    expect(t.lookup(3, 1, -1, -1)).toBeCloseTo(0.9); // the assessed basic entry (0.9) beats 0.85 x 1
  });

  it('the dense table gives exactly what lookup gives, for every key, once enough lookups pay for it', () => {
    // 40 skills, random parents (lower ids) and groups; people with random skills, levels and evidence,
    // several in a row through one table (reset between them, sometimes skills added after a build).
    const taxonomy = fc.array(fc.tuple(fc.integer({ min: -1, max: 39 }), fc.integer({ min: -1, max: 5 })), { minLength: 40, maxLength: 40 });
    const held = fc.array(fc.tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 })), { maxLength: 12 });
    fc.assert(
      fc.property(taxonomy, fc.array(fc.tuple(held, held), { minLength: 1, maxLength: 4 }), (tax, people) => {
        const rel = ArrayRelatedness.fromPairs(40, tax.map(([parent, group], id) => [id, { parent: parent >= 0 && parent < id ? parent : undefined, group: group >= 0 ? group : undefined }]));
        const t = new SkillTable(rel);
        for (const [first, later] of people) {
          t.reset();
          for (const [id, level, evidence] of first) t.add(id, level, evidence);
          expect(t.denseTable(rel, 0)).toBeNull(); // not paid for yet
          let dense = t.denseTable(rel, 1e9);
          expect(t.denseTable(NO_RELATEDNESS, 1e9)).toBe(dense); // already built: served whatever is asked
          for (const [id, level, evidence] of later) t.add(id, level, evidence); // invalidates the build
          dense = t.denseTable(rel, 1e9);
          expect(dense).not.toBeNull();
          for (let id = 0; id < 40; id++) {
            for (let r = 1; r <= 3; r++) expect(dense![id * 3 + r - 1]).toBe(t.lookup(id, r, rel.parentOf(id), rel.groupOf(id)));
          }
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('serves no dense table for rows compiled with another relatedness', () => {
    const t = new SkillTable(rel);
    t.reset();
    t.add(1, 3, 2);
    expect(t.denseTable(NO_RELATEDNESS, 1e9)).toBeNull();
    expect(t.denseTable(rel, 1e9)).not.toBeNull();
  });
});
