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
    const p = person({ skills: [{ skillId: 1, level: 3, evidence: 'assessed' }] });
    expect(skills(p, opportunity({ essentialSkills: req(1, 2) })).essential).toBeCloseTo(0.95 / 2); // one level above: 0.95
  });

  it('is level-aware and evidence-aware', () => {
    const o = opportunity({ essentialSkills: [{ skillId: 1, level: 3 }] });
    expect(skills(person({ skills: [{ skillId: 1, level: 2, evidence: 'assessed' }] }), o).skills).toBeCloseTo(0.55);
    expect(skills(person({ skills: [{ skillId: 1, level: 3, evidence: 'self_declared' }] }), o).skills).toBeCloseTo(0.85 * 0.9);
  });

  it('two people who differ only in evidence, or only in level, never tie', () => {
    const o = opportunity({ essentialSkills: req(1, 2) });
    const at = (evidence: 'assessed' | 'certified' | 'self_declared', level: 1 | 2 | 3 = 2) =>
      skills(person({ skills: [{ skillId: 1, level, evidence }, { skillId: 2, level: 2, evidence: 'self_declared' }] }), o).skills;
    expect(at('assessed')).toBeGreaterThan(at('certified'));
    expect(at('certified')).toBeGreaterThan(at('self_declared'));
    expect(at('assessed', 3)).toBeGreaterThan(at('assessed', 2));
    // Above the level asked still counts: advanced > intermediate for an intermediate requirement.
    const basic = opportunity({ essentialSkills: [{ skillId: 1, level: 1 }] });
    const lvl = (level: 1 | 2 | 3) => skills(person({ skills: [{ skillId: 1, level, evidence: 'assessed' }] }), basic).skills;
    expect(lvl(3)).toBeGreaterThan(lvl(2));
    expect(lvl(2)).toBeGreaterThan(lvl(1));
  });

  it('gives partial credit through the taxonomy', () => {
    const holds11 = person({ skills: [{ skillId: 11, level: 3, evidence: 'assessed' }] });
    const basic = (id: number) => opportunity({ essentialSkills: [{ skillId: id, level: 1 }] });
    expect(skills(holds11, basic(10)).skills).toBeCloseTo(0.7); // narrower held
    expect(skills(holds11, basic(12)).skills).toBeCloseTo(0.5); // same group
    const holds10 = person({ skills: [{ skillId: 10, level: 3, evidence: 'assessed' }] });
    expect(skills(holds10, basic(11)).skills).toBeCloseTo(0.7); // broader held
  });

  it('optional skills raise the score a little, even when every essential skill is held', () => {
    const p = person({ skills: [1, 2].map((skillId) => ({ skillId, level: 2 as const, evidence: 'assessed' as const })) });
    const half = skills(p, opportunity({ essentialSkills: req(1, 3), optionalSkills: req(2) }));
    expect(half.skills).toBeCloseTo((0.45 + OPTIONAL_SKILLS_BONUS * 0.9) / (1 + OPTIONAL_SKILLS_BONUS));
    const all = skills(p, opportunity({ essentialSkills: req(1), optionalSkills: req(2) })).skills;
    const withoutOptional = skills(person({ skills: [{ skillId: 1, level: 2, evidence: 'assessed' }] }), opportunity({ essentialSkills: req(1), optionalSkills: req(2) })).skills;
    expect(all).toBeGreaterThan(withoutOptional);
    expect(all).toBeLessThanOrEqual(1);
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
