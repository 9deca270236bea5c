import { opportunity, pair, person } from '../testing/builders';
import { languageComponent } from './language';

const lang = (level: number, required: number, support = false) => {
  const o = opportunity({
    languageMinimums: [{ tag: 'es', level: required, hard: false }],
    supports: { ...opportunity().supports, languageSupport: support },
  });
  const w = pair(person({ languages: [{ tag: 'ES', level }] }), o);
  return languageComponent(w.P, 0, w.O, 0);
};

describe('language component', () => {
  it('1 at or above the minimum', () => {
    expect(lang(3, 3)).toBe(1);
    expect(lang(7, 6)).toBe(1);
  });
  it('one level below: 0.5, or 0.75 with language support', () => {
    expect(lang(2, 3)).toBe(0.5);
    expect(lang(2, 3, true)).toBe(0.75);
  });
  it('two levels below: 0', () => {
    expect(lang(1, 3, true)).toBe(0);
  });
  it('averages several minimums; 1 without minimums', () => {
    const o = opportunity({ languageMinimums: [{ tag: 'es', level: 3, hard: true }, { tag: 'en', level: 3, hard: false }] });
    const w = pair(person({ languages: [{ tag: 'es', level: 7 }, { tag: 'en', level: 2 }] }), o);
    expect(languageComponent(w.P, 0, w.O, 0)).toBe(0.75);
    const none = pair(person(), opportunity());
    expect(languageComponent(none.P, 0, none.O, 0)).toBe(1);
  });
});
