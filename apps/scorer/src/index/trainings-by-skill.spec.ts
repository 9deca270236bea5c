import fc from 'fast-check';
import type { EngineOpportunity } from '@app/matching';
import { COVERING_LIMIT, TrainingsBySkill } from './trainings-by-skill';

/** Only the fields TrainingsBySkill reads. */
const programme = (id: string, kind: EngineOpportunity['kind'], skills: number[]) =>
  ({ id, kind, skillsConferred: skills.map((skillId) => ({ skillId, level: 0 })) }) as unknown as EngineOpportunity;

describe('TrainingsBySkill', () => {
  it('answers the first programme ids by id after any sequence of upserts and removals (its cache follows changes)', () => {
    const op = fc.oneof(
      fc.record({ t: fc.constant('upsert' as const), id: fc.integer({ min: 0, max: 30 }), job: fc.boolean(), skills: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }) }),
      fc.record({ t: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ t: fc.constant('ask' as const), skill: fc.integer({ min: 1, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const t = new TrainingsBySkill();
        const truth = new Map<string, number[]>(); // programme id -> skills conferred
        for (const o of ops) {
          if (o.t === 'upsert') {
            const id = `p${String(o.id).padStart(2, '0')}`;
            t.upsert(programme(id, o.job ? 'job' : 'training', o.skills));
            if (o.job || o.skills.length === 0) truth.delete(id);
            else truth.set(id, o.skills);
          } else if (o.t === 'remove') {
            const id = `p${String(o.id).padStart(2, '0')}`;
            t.remove(id);
            truth.delete(id);
          } else {
            const want = [...truth].filter(([, skills]) => skills.includes(o.skill)).map(([id]) => id).sort().slice(0, COVERING_LIMIT);
            expect(t.covering(o.skill)).toEqual(want);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a filter, names the first accepted programmes by id (a course the person cannot take is skipped) and follows changes', () => {
    const t = new TrainingsBySkill();
    for (const id of ['a', 'b', 'c', 'd', 'e']) t.upsert(programme(id, 'training', [1]));
    const reachable = new Set(['b', 'd', 'e']);
    expect(t.covering(1, (id) => reachable.has(id))).toEqual(['b', 'd', 'e']);
    expect(t.covering(1, () => false)).toEqual([]);
    t.remove('b');
    expect(t.covering(1, (id) => reachable.has(id))).toEqual(['d', 'e']);
    expect(t.covering(1)).toEqual(['a', 'c', 'd']);
  });

  it('hands out a fresh array (a caller editing its copy leaves the next answer alone)', () => {
    const t = new TrainingsBySkill();
    t.upsert(programme('a', 'training', [1]));
    t.covering(1).push('x');
    expect(t.covering(1)).toEqual(['a']);
  });
});

describe('TrainingsBySkill titles', () => {
  it('keeps the title of each programme held, follows renames and forgets removed ones and jobs', () => {
    const t = new TrainingsBySkill();
    t.upsert(programme('p1', 'training', [1]), 'Curso de montacargas');
    t.upsert(programme('j1', 'job', [1]), 'Bodeguero');
    expect(t.title('p1')).toBe('Curso de montacargas');
    expect(t.title('j1')).toBeUndefined();
    t.upsert(programme('p1', 'training', [1]), 'Montacargas, nivel 2');
    expect(t.title('p1')).toBe('Montacargas, nivel 2');
    t.remove('p1');
    expect(t.title('p1')).toBeUndefined();
  });
});
