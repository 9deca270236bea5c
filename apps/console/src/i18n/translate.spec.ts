import { describe, expect, it } from '@jest/globals';
import { en, es } from './messages';
import { formatDate, formatNumber, translate } from './translate';

describe('console words', () => {
  it('has every Spanish key in English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const text of [...Object.values(es), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('fills placeholders and shows an unknown key as itself', () => {
    expect(translate('es', 'accounting', { open: 10, eligible: 7, excluded: 3 })).toBe('10 abiertas: 7 posibles, 3 excluidas');
    expect(translate('en', 'optionsTitle', { name: 'Mayerlin' })).toBe("Mayerlin's options");
    expect(translate('en', 'no_such_key')).toBe('no_such_key');
  });

  it('formats numbers and calendar days per language without shifting the day', () => {
    expect(formatNumber('es', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatDate('en', '2026-03-02')).toBe('2 Mar 2026');
    expect(formatDate('es', '2026-03-02')).toMatch(/^2 mar 2026$/);
  });
});
