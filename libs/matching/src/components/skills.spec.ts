import fc from 'fast-check';
import { ArrayRelatedness } from '../relatedness';
import { SkillTable } from '../skill-table';
import { SMALL_TAXONOMY, worldArb } from '../testing/arbitraries';
import { world } from '../testing/builders';
import { loadPersonSkills } from '../score';
import { opportunity, pair, person } from '../testing/builders';
import { essentialCoverage, OPTIONAL_SKILLS_BONUS, skillsComponent } from './skills';

const rel = ArrayRelatedness.fromPairs(50, [
  [11, { parent: 10, group: 1 }],
  [12, { group: 1 }],
]);

function skills(p = person(), o = opportunity()) {
  const w = pair(p, o, rel);
  loadPersonSkills(w.s, w.P, 0);
  return { skills: skillsComponent(w.s.table, w.O, 0), essential: essentialCoverage(w.s.table, w.O, 0) };
}

describe('skills component', () => {
  const req = (...ids: number[]) => ids.map((skillId) => ({ skillId, level: 2 }));

  it('is 1 when nothing is required', () => {
    expect(skills().skills).toBe(1);
  });

  it('averages essential coverage', () => {
    const p = person({ skills: [{ skillId: 1, level: 3, evidence: 'certified' }] });
    expect(skills(p, opportunity({ essentialSkills: req(1, 2) })).essential).toBeCloseTo(0.5);
  });

  it('is level-aware and evidence-aware', () => {
    const o = opportunity({ essentialSkills: [{ skillId: 1, level: 3 }] });
    expect(skills(person({ skills: [{ skillId: 1, level: 2, evidence: 'certified' }] }), o).skills).toBeCloseTo(0.6);
    expect(skills(person({ skills: [{ skillId: 1, level: 3, evidence: 'self_declared' }] }), o).skills).toBeCloseTo(0.85);
  });

  it('gives partial credit through the taxonomy', () => {
    const holds11 = person({ skills: [{ skillId: 11, level: 3, evidence: 'certified' }] });
    expect(skills(holds11, opportunity({ essentialSkills: req(10) })).skills).toBeCloseTo(0.7); // narrower held
    expect(skills(holds11, opportunity({ essentialSkills: req(12) })).skills).toBeCloseTo(0.5); // same group
    const holds10 = person({ skills: [{ skillId: 10, level: 3, evidence: 'certified' }] });
    expect(skills(holds10, opportunity({ essentialSkills: req(11) })).skills).toBeCloseTo(0.7); // broader held
  });

  it('adds optional skills as a capped bonus', () => {
    const p = person({ skills: [1, 2].map((skillId) => ({ skillId, level: 3 as const, evidence: 'certified' as const })) });
    const half = skills(p, opportunity({ essentialSkills: req(1, 3), optionalSkills: req(2) }));
    expect(half.skills).toBeCloseTo(0.5 + OPTIONAL_SKILLS_BONUS);
    expect(skills(p, opportunity({ essentialSkills: req(1), optionalSkills: req(2) })).skills).toBe(1);
  });

  it('the same value through the dense table as through sparse lookups, on random worlds', () => {
    fc.assert(
      fc.property(worldArb(3, 12), ({ people, opportunities }) => {
        const w = world(people, opportunities, SMALL_TAXONOMY);
        const sparse = new SkillTable(SMALL_TAXONOMY);
        const dense = new SkillTable(SMALL_TAXONOMY);
        for (let pi = 0; pi < people.length; pi++) {
          for (const t of [sparse, dense]) {
            t.reset();
            t.addRecords(w.P.skills.data, w.P.skills.start[pi], w.P.skills.count[pi], 3);
          }
          expect(dense.denseTable(SMALL_TAXONOMY, 1e9)).not.toBeNull(); // built now: every row below reads it
          for (let oi = 0; oi < opportunities.length; oi++) {
            expect(sparse.denseTable(SMALL_TAXONOMY, 0)).toBeNull();
            expect(skillsComponent(dense, w.O, oi)).toBe(skillsComponent(sparse, w.O, oi));
            expect(essentialCoverage(dense, w.O, oi)).toBe(essentialCoverage(sparse, w.O, oi));
          }
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});
