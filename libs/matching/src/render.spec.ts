import type { Reason } from './explain';
import { coursesNamed, MAX_NAMED_SKILLS, renderReasons } from './render';

describe('coursesNamed', () => {
  it('lists exactly the covering courses a rendering names: those of every missing skill', () => {
    const skills = Array.from({ length: MAX_NAMED_SKILLS + 3 }, (_, i) => ({ skillId: i + 1, coveredBy: [`c${i % 3}a`, `c${i % 3}b`] }));
    const reasons: Reason[] = [{ code: 'skills_missing', missing: skills.length, total: 10, skills }];
    const named = coursesNamed(reasons);
    expect(named).toEqual(skills.flatMap((s) => s.coveredBy));
    // Every course the text names was asked for, and no other one appears in it.
    const asked: string[] = [];
    const text = renderReasons(reasons, 'en', { skill: (id) => `skill ${id}`, opportunity: (id) => (asked.push(id), `«${id}»`) });
    expect(new Set(asked)).toEqual(new Set(named));
    // Three course groups: three sentences after the count, each naming its courses once.
    expect(text).toHaveLength(1 + 3);
    expect(text[1]).toBe('skill 1, skill 4 and skill 7: taught by the courses «c0a» and «c0b»');
  });

  it('names at most MAX_NAMED_SKILLS skills in one sentence, then how many more', () => {
    const skills = Array.from({ length: MAX_NAMED_SKILLS + 2 }, (_, i) => ({ skillId: i + 1, coveredBy: [] }));
    const text = renderReasons([{ code: 'skills_missing', missing: skills.length, total: 9, skills }], 'es', { skill: (id) => `h${id}`, opportunity: (id) => id });
    expect(text).toEqual(['Le faltan 7 de 9 habilidades esenciales', 'h1, h2, h3, h4, h5 y 2 más: no las enseña ningún curso a su alcance']);
  });

  it('names courses with the same title once, with how many intakes there are', () => {
    const titles: Record<string, string> = { a: 'Higiene — Quito', b: 'Higiene — Quito', c: 'Panadería' };
    const skills = [{ skillId: 1, coveredBy: ['a', 'b', 'c'] }];
    const text = renderReasons([{ code: 'skills_missing', missing: 1, total: 2, skills }], 'es', { skill: () => 'higiene', opportunity: (id) => titles[id] });
    expect(text[1]).toBe('higiene: la enseñan los cursos Higiene — Quito (2 convocatorias) y Panadería');
  });

  it('names nothing for reasons without missing skills', () => {
    expect(coursesNamed([{ code: 'skills_matched', matched: 1, total: 1, skillIds: [3] } as Reason])).toEqual([]);
  });
});
