import { explainMatch, type Reason } from './explain';
import { renderReasons, type Labels } from './render';
import type { EngineOpportunity, EnginePerson } from './model';
import { DAY0, GUAYAQUIL, opportunity, person, training, WEEKDAYS, world } from './testing/builders';
import { weekGridFromRanges } from './week-grid';

const SKILLS: Record<number, { es: string; en: string }> = {
  1: { es: 'manejo de montacargas', en: 'forklift operation' },
  2: { es: 'gestión de almacén', en: 'warehouse management' },
  3: { es: 'seguridad laboral', en: 'occupational safety' },
};
const LANGUAGES = { es: { en: 'Inglés', es: 'Español' }, en: { en: 'English', es: 'Spanish' } };
const labels: Labels = {
  skill: (id, lang) => SKILLS[id]?.[lang] ?? `#${id}`,
  opportunity: (id) => ({ t1: 'Operador de montacargas', t2: 'Logística básica' })[id] ?? id,
  language: (tag, lang) => (LANGUAGES[lang] as Record<string, string>)[tag] ?? tag,
};

function explain(p: EnginePerson, o: EngineOpportunity, trainingsForSkill?: (s: number) => string[]): Reason[] {
  const w = world([p], [o], undefined, () => 0.8);
  return explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0, trainingsForSkill });
}
const codes = (r: Reason[]) => r.map((x) => x.code);

describe('explanations', () => {
  const job = opportunity({ essentialSkills: [1, 2, 3].map((skillId) => ({ skillId, level: 1 })) });
  const p = person({ skills: [{ skillId: 2, level: 2, evidence: 'assessed' }], experience: [{ occupationId: 100, iscoGroup: '8344', months: 18, formal: false }] });

  it('names matched and missing skills, and which training covers a missing one', () => {
    const r = explain(p, job, (s) => (s === 1 ? ['t1'] : []));
    expect(r).toContainEqual({ code: 'skills_matched', matched: 1, total: 3, skillIds: [2] });
    expect(r).toContainEqual({ code: 'skills_missing', missing: 2, total: 3, skills: [{ skillId: 1, coveredBy: ['t1'] }, { skillId: 3, coveredBy: [] }] });
    const es = renderReasons(r, 'es', labels);
    expect(es).toContain('Le faltan 2 de 3 habilidades esenciales: manejo de montacargas (lo cubre el curso Operador de montacargas) y seguridad laboral');
    expect(renderReasons(r, 'en', labels)).toContain('Missing 2 of 3 essential skills: forklift operation (covered by the course Operador de montacargas) and occupational safety');
    expect(es).toContain('Tiene 1 de 3 habilidades esenciales: gestión de almacén');
    expect(es).toContain('14 meses de experiencia relevante');
  });

  it('gives the commute in minutes and mode, and the demand level', () => {
    const r = explain(p, job);
    const commute = r.find((x) => x.code === 'commute');
    expect(commute).toMatchObject({ code: 'commute', mode: 'public_transport', viaAllowance: false });
    const en = renderReasons(r, 'en', labels);
    expect(en.some((s) => /^About \d+ minutes' commute by public transport$/.test(s))).toBe(true);
    expect(en).toContain('High demand for this occupation in the region');
    expect(renderReasons(r, 'es', labels)).toContain('Demanda alta de esta ocupación en la región');
    expect(codes(explain(p, opportunity({ mode: 'remote', location: null })))).toContain('remote');
  });

  it('says when a transport allowance makes the commute possible', () => {
    const walker = person({ transport: { modes: ['walk'], maxCommuteMinutes: 45, canUseTransportAllowance: true } });
    const r = explain(walker, opportunity({ supports: { ...opportunity().supports, transportAllowance: true } }));
    expect(renderReasons(r, 'es', labels).some((s) => s.endsWith('en transporte público (con el subsidio de transporte que ofrece)'))).toBe(true);
  });

  it('explains a schedule conflict and the support that would resolve it; or the childcare that does', () => {
    const mother = person({
      availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 20 }]),
      careHours: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]),
    });
    const afternoon = opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]) });
    const r = explain(mother, afternoon);
    expect(r).toContainEqual({ code: 'gate', gate: 'schedule_conflict' });
    expect(r).toContainEqual({ code: 'schedule_conflict', hours: 30, careHours: 30, resolvedBy: 'childcare' });
    expect(renderReasons(r, 'es', labels)).toContain(
      'El horario choca con 30 horas semanales en las que no está disponible (30 por cuidado de familiares: lo resolvería cuidado infantil en el lugar)',
    );
    const withChildcare = explain(mother, { ...afternoon, supports: { ...afternoon.supports, childcare: true } });
    expect(withChildcare).toContainEqual({ code: 'childcare_frees_care_hours', hours: 30 });
    expect(renderReasons(withChildcare, 'en', labels)).toContain('On-site childcare frees the 30 care hours the schedule needs');
  });

  it('explains a language gap with the support offered', () => {
    const o = opportunity({ languageMinimums: [{ tag: 'en', level: 4, hard: true }], supports: { ...opportunity().supports, languageSupport: true } });
    const r = explain(person({ languages: [{ tag: 'en', level: 3 }] }), o);
    expect(r).toContainEqual({ code: 'language_gap', tag: 'en', required: 4, actual: 3, support: true, hard: true });
    expect(renderReasons(r, 'es', labels)).toContain('Inglés: se pide B2, tiene B1 (se ofrece apoyo lingüístico)');
    expect(renderReasons(r, 'en', labels)).toContain('English: B2 required, you have B1 (language support offered)');
  });

  it('states the credential status and whether it counts here', () => {
    const undocumented = person({ qualifications: [{ eqf: 4, recognition: 'undocumented' }] });
    const accepts = explain(undocumented, opportunity({ minEqf: 4, acceptsUnrecognisedCredentials: true }));
    expect(accepts).toContainEqual({ code: 'credential_status', status: 'undocumented', minEqf: 4, counts: true });
    const refuses = explain(undocumented, opportunity({ minEqf: 4 }));
    expect(refuses).toContainEqual({ code: 'credential_status', status: 'undocumented', minEqf: 4, counts: false });
    expect(renderReasons(refuses, 'en', labels)).toContain('Your qualification (EQF 4+) is undocumented: it does not count here');
    expect(renderReasons(explain(person(), opportunity({ minEqf: 3 })), 'es', labels)).toContain('No consta una titulación de nivel EQF 3 o superior');
  });

  it('states the commitment of a programme first, and a permit ending before it does', () => {
    const t = training({
      startDate: DAY0 + 14,
      durationWeeks: 26,
      hoursPerWeek: 30,
      schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]),
      supports: { ...training().supports, stipend: false },
    });
    const permit = person({
      needsIncomeDuringTraining: true,
      eligibility: { mayWork: false, mayTrain: true, authorisationKind: 'asylum', authorisationEndsAt: DAY0 + 14 + 182 - 91, isAdult: true },
    });
    const r = explain(permit, t);
    expect(r[0]).toMatchObject({ code: 'commitment', hoursPerWeek: 30, durationWeeks: 26, startDate: DAY0 + 14 });
    expect(r).toContainEqual({ code: 'authorisation_ends_early', monthsBefore: 3 });
    expect(codes(r)).toContain('income_gap');
    const es = renderReasons(r, 'es', labels);
    expect(es[0]).toBe('Compromiso: lun-vie 8:00-14:00, 30 horas semanales, 26 semanas, desde el 2026-01-19');
    expect(es).toContain('Su permiso termina 3 meses antes que el programa');
    const en = renderReasons(r, 'en', labels);
    expect(en[0]).toBe('Commitment: Mon-Fri 8:00-14:00, 30 hours a week, 26 weeks, starting 2026-01-19');
    expect(en).toContain('Your permit ends 3 months before the programme does');
    expect(en).toContain('No stipend, and you need an income during the programme');
  });

  it('renders every gate reason in both languages and the pathway sentence', () => {
    const r = explain(person(), opportunity({ location: GUAYAQUIL, status: 'closed' }));
    expect(renderReasons(r.filter((x) => x.code === 'gate'), 'es', labels)).toEqual(['La oferta no está abierta', 'El trayecto supera su máximo']);
    const w = world([person()], [training({ id: 't1' })]);
    const withPath = explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0, pathway: { unlockedOpportunityIds: ['a', 'b'] } });
    expect(renderReasons(withPath, 'es', labels)).toContain('Le habilita para 2 vacantes abiertas a su alcance');
    expect(renderReasons(withPath, 'en', labels)).toContain('Qualifies you for 2 open vacancies within reach');
  });
});
