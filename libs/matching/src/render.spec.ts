import type { Reason } from './explain';
import { coursesNamed, MAX_NAMED_SKILLS, renderReasons } from './render';

describe('coursesNamed', () => {
  it('lists exactly the covering courses a rendering names: those of the first MAX_NAMED_SKILLS missing skills', () => {
    const skills = Array.from({ length: MAX_NAMED_SKILLS + 3 }, (_, i) => ({ skillId: i + 1, coveredBy: [`c${i}a`, `c${i}b`] }));
    const reasons: Reason[] = [{ code: 'skills_missing', missing: skills.length, total: 10, skills }];
    const named = coursesNamed(reasons);
    expect(named).toEqual(skills.slice(0, MAX_NAMED_SKILLS).flatMap((s) => s.coveredBy));
    // Every course the text names was asked for, and no other one appears in it.
    const asked: string[] = [];
    const text = renderReasons(reasons, 'en', { skill: (id) => `skill ${id}`, opportunity: (id) => (asked.push(id), `«${id}»`) }).join(' ');
    expect(new Set(asked)).toEqual(new Set(named));
    for (const s of skills.slice(MAX_NAMED_SKILLS)) for (const c of s.coveredBy) expect(text).not.toContain(c);
  });

  it('names nothing for reasons without missing skills', () => {
    expect(coursesNamed([{ code: 'skills_matched', matched: 1, total: 1, skillIds: [3] } as Reason])).toEqual([]);
  });
});
