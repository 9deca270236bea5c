import { describe, expect, it } from '@jest/globals';
import { en, es } from './messages';
import { fairnessGroupLabel, formatDate, formatNumber, formatPercent, translate } from './translate';

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

  it('formats percentages and instants per language', () => {
    expect(formatPercent('es', 0.32)).toBe('32%');
    expect(formatPercent('en', 0.32)).toBe('32%');
    expect(formatDate('en', '2026-03-02T15:04:00.000Z')).toMatch(/^2 Mar 2026, \d\d:04$/);
    expect(formatDate('es', '2026-03-02T15:04:00.000Z')).toMatch(/^2 mar 2026, \d{1,2}:04/);
  });

  it('names fairness-audit groups in the language, never as raw codes', () => {
    expect(fairnessGroupLabel('es', 'gender', 'female')).toBe('Femenino');
    expect(fairnessGroupLabel('en', 'gender', 'male')).toBe('Male');
    expect(fairnessGroupLabel('es', 'nationality', 'VE')).toBe('Venezuela');
    expect(fairnessGroupLabel('en', 'nationality', 'CO')).toBe('Colombia');
    expect(fairnessGroupLabel('es', 'nationality', 'other')).toBe('Otras');
    expect(fairnessGroupLabel('en', 'nationality', 'other')).toBe('Other');
    expect(fairnessGroupLabel('en', 'nationality', 'XK1')).toBe('XK1');
  });
});
