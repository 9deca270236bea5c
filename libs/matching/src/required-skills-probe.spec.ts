import fc from 'fast-check';
import { skillsComponent } from './components/skills';
import { ArrayRelatedness } from './relatedness';
import { RequiredSkillsProbe } from './required-skills-probe';
import { loadPersonSkills } from './score';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { opportunity, person, world } from './testing/builders';

/** The probe's skills component against the person's full SkillTable: the same double for every pair. */
describe('RequiredSkillsProbe', () => {
  it('equals the skill table on random worlds (parents, broad groups, levels, evidence)', () => {
    fc.assert(
      fc.property(worldArb(6, 8), ({ people, opportunities }) => {
        const w = world(people, opportunities, SMALL_TAXONOMY);
        const probe = new RequiredSkillsProbe(SMALL_TAXONOMY);
        const out = new Float64Array(1);
        for (let oi = 0; oi < opportunities.length; oi++) {
          probe.prepare(w.O, oi);
          expect(probe.usable).toBe(true);
          for (let pi = 0; pi < people.length; pi++) {
            loadPersonSkills(w.s, w.P, pi);
            probe.skillsInto(w.P, pi, out, 0);
            expect(out[0]).toBe(skillsComponent(w.s.table, w.O, oi));
          }
        }
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('keeps float32 maxima like the table: a skill held twice, narrower and broader held, ids beyond the taxonomy', () => {
    const rel = ArrayRelatedness.fromPairs(10, [
      [1, { parent: 0, group: 2 }],
      [3, { parent: 1, group: 2 }],
      [4, { group: 2 }],
    ]);
    const p = person({
      skills: [
        { skillId: 3, level: 1, evidence: 'self_declared' },
        { skillId: 3, level: 3, evidence: 'assessed' },
        { skillId: 0, level: 2, evidence: 'certified' },
        { skillId: 77, level: 3, evidence: 'certified' },
      ],
    });
    const o = opportunity({
      essentialSkills: [0, 1, 3, 4, 77, 500].map((skillId, i) => ({ skillId, level: (i % 3) + 1 })),
      optionalSkills: [{ skillId: 1, level: 3 }],
    });
    const w = world([p], [o], rel);
    const probe = new RequiredSkillsProbe(rel);
    probe.prepare(w.O, 0);
    const out = new Float64Array(1);
    probe.skillsInto(w.P, 0, out, 0);
    loadPersonSkills(w.s, w.P, 0);
    expect(out[0]).toBe(skillsComponent(w.s.table, w.O, 0));
    expect(out[0]).toBeGreaterThan(0);
  });
});
