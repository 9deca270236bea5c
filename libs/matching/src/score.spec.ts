import fc from 'fast-check';
import { KIND_CODE } from './compile/codes';
import { GATE_BIT } from './gates';
import { scorePair, scorePairFull, weightedScore } from './score';
import { DAY0, GUAYAQUIL, opportunity, pair, person, training, world } from './testing/builders';
import { C_COMPLETION, C_SKILLS, compileWeights, COMPONENT_COUNT, DEFAULT_WEIGHTS, mergeWeights } from './weights';

const W = compileWeights(DEFAULT_WEIGHTS);

describe('pair score', () => {
  it('is 100 x the weighted mean of the components', () => {
    const c = new Float64Array(COMPONENT_COUNT).fill(0.5);
    expect(weightedScore(c, W, KIND_CODE.training)).toBeCloseTo(50);
    c[C_SKILLS] = 1;
    expect(weightedScore(c, W, KIND_CODE.training)).toBeCloseTo(100 * (0.5 + 0.5 * DEFAULT_WEIGHTS.skills));
  });

  it('the unrolled weighted mean equals the loop over COMPONENTS bit for bit (completion skipped for jobs)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(unit, { minLength: COMPONENT_COUNT, maxLength: COMPONENT_COUNT }), fc.array(unit, { minLength: COMPONENT_COUNT, maxLength: COMPONENT_COUNT }), fc.constantFrom(0, 1, 2), (c, w, kind) => {
        let num = 0;
        let den = 0;
        for (let i = 0; i < COMPONENT_COUNT; i++) {
          if (i === C_COMPLETION && kind === KIND_CODE.job) continue;
          num += w[i] * c[i];
          den += w[i];
        }
        expect(weightedScore(Float64Array.from(c), Float64Array.from(w), kind)).toBe(den > 0 ? (100 * num) / den : 0);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('does not weigh completion for jobs', () => {
    const c = new Float64Array(COMPONENT_COUNT).fill(1);
    c[C_COMPLETION] = 0;
    expect(weightedScore(c, W, KIND_CODE.job)).toBeCloseTo(100);
    expect(weightedScore(c, W, KIND_CODE.training)).toBeCloseTo(100 * (1 - DEFAULT_WEIGHTS.completion));
  });

  it('is 0 when a gate fails, and reports the mask', () => {
    const { P, O, s } = pair(person(), opportunity({ location: GUAYAQUIL }));
    expect(scorePair(s, P, 0, O, 0, W, DAY0)).toBe(0);
    expect(s.gates & GATE_BIT.commute_too_long).toBeTruthy();
  });

  it('scorePairFull computes every gate and component with no early exit, same score as scorePair', () => {
    const p = person({ eligibility: { ...person().eligibility, mayWork: false } });
    const { P, O, s } = pair(p, opportunity({ location: GUAYAQUIL }));
    scorePairFull(s, P, 0, O, 0, W, DAY0);
    expect(s.score).toBe(0);
    expect(s.gates).toBe(GATE_BIT.not_authorised_work | GATE_BIT.commute_too_long);
    expect(s.components[C_SKILLS]).toBe(1); // computed although gated

    const ok = world([person()], [opportunity(), training({ id: 't' })]);
    for (const oi of [0, 1]) {
      scorePairFull(ok.s, ok.P, 0, ok.O, oi, W, DAY0);
      const full = ok.s.score;
      expect(full).toBeGreaterThan(0);
      expect(full).toBe(scorePair(ok.s, ok.P, 0, ok.O, oi, W, DAY0));
    }
  });

  it('weights change the score as configured', () => {
    const { P, O, s } = pair(person(), opportunity({ essentialSkills: [{ skillId: 1, level: 1 }] }));
    const onlySkills = compileWeights(mergeWeights(DEFAULT_WEIGHTS, Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, k === 'skills' ? 1 : 0]))));
    expect(scorePair(s, P, 0, O, 0, onlySkills, DAY0)).toBe(0);
    expect(scorePair(s, P, 0, O, 0, W, DAY0)).toBeGreaterThan(0);
  });

  it('reuses the loaded skill table until the person index changes', () => {
    const w = world([person({ skills: [{ skillId: 1, level: 3, evidence: 'assessed' }] })], [opportunity({ essentialSkills: [{ skillId: 1, level: 1 }] })]);
    scorePair(w.s, w.P, 0, w.O, 0, W, DAY0);
    expect(w.s.components[C_SKILLS]).toBe(1);
    w.P.upsert(person({ skills: [] }));
    scorePair(w.s, w.P, 0, w.O, 0, W, DAY0);
    expect(w.s.components[C_SKILLS]).toBe(0);
  });

  it('scoring the same pair repeatedly is stable (no state leaks between pairs; speed is measured by npm run bench -- engine)', () => {
    const opps = Array.from({ length: 200 }, (_, i) =>
      opportunity({ id: `o${i}`, essentialSkills: [1, 2, 3, 4, 5, 6].map((k) => ({ skillId: (k * 7 + i) % 50, level: 2 })), languageMinimums: [{ tag: 'es', level: 4, hard: true }] }),
    );
    const w = world([person({ skills: Array.from({ length: 20 }, (_, k) => ({ skillId: k, level: 2 as const, evidence: 'assessed' as const })) })], opps);
    const first: number[] = [];
    for (let oi = 0; oi < 200; oi++) {
      scorePairFull(w.s, w.P, 0, w.O, oi, W, DAY0);
      first.push(w.s.score);
    }
    for (let r = 0; r < 5; r++)
      for (let oi = 199; oi >= 0; oi--) {
        scorePairFull(w.s, w.P, 0, w.O, oi, W, DAY0);
        expect(w.s.score).toBe(first[oi]);
      }
    expect(first.some((x) => x > 0)).toBe(true);
  });
});
