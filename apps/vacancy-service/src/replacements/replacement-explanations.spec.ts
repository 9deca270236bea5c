import { explainReplacementReason, explainSkipped } from './replacement-explanations';

const none = { holdsSeat: 0, droppedOut: 0, cannotStartInWindow: 0, placedElsewhere: 0, notEligible: 0 };

describe('replacement explanations', () => {
  it('waiting list and rank, in Spanish and English', () => {
    expect(explainReplacementReason({ code: 'waiting_list', position: 2 }, 'es')).toBe('Puesto 2 en la lista de espera de la cohorte');
    expect(explainReplacementReason({ code: 'waiting_list', position: 2 }, 'en')).toBe("Position 2 on the cohort's waiting list");
    const ranked = { code: 'ranked' as const, rank: 1, score: 71.26, canStartBy: '2026-12-20' };
    expect(explainReplacementReason(ranked, 'en')).toBe('Ranked 1st of those who can start by 2026-12-20 (score 71.3)');
    expect(explainReplacementReason(ranked, 'es')).toBe('1.º de quienes pueden empezar a más tardar el 2026-12-20 (puntuación 71,3)');
  });

  it('English ordinals', () => {
    const en = (rank: number) => explainReplacementReason({ code: 'ranked', rank, score: 50, canStartBy: '2026-12-20' }, 'en').split(' ')[1];
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(en)).toEqual(['1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });

  it('skipped: one sentence per reason that left someone out, singular and plural', () => {
    expect(explainSkipped(none, '2026-12-20', 'en')).toEqual([]);
    expect(explainSkipped({ ...none, placedElsewhere: 1, cannotStartInWindow: 3 }, '2026-12-20', 'en')).toEqual([
      '3 people cannot start by 2026-12-20',
      '1 person is already placed elsewhere at the same dates and hours',
    ]);
    expect(explainSkipped({ holdsSeat: 2, droppedOut: 1, cannotStartInWindow: 1, placedElsewhere: 2, notEligible: 1 }, '2026-12-20', 'es')).toEqual([
      '2 personas ya ocupan una plaza de esta oferta',
      '1 persona abandonó esta oferta y no se vuelve a proponer',
      '1 persona no puede empezar a más tardar el 2026-12-20',
      '2 personas ya están colocadas en otra oferta en las mismas fechas y horas',
      '1 persona de la lista de espera ya no cumple algún requisito',
    ]);
  });
});
