import { buildDemandIndex } from './demand';
import { explainMatch, type Reason } from './explain';
import type { EngineOpportunity, EnginePerson } from './model';
import { toPublicReasons } from './public-reasons';
import { ArrayRelatedness, type Relatedness } from './relatedness';
import { renderReasons } from './render';
import type { Labels } from './public-reasons';
import { DAY0, GUAYAQUIL, opportunity, person, training, WEEKDAYS, world } from './testing/builders';
import { weekGridFromRanges } from './week-grid';

const SKILLS: Record<number, { es: string; en: string }> = {
  1: { es: 'manejo de montacargas', en: 'forklift operation' },
  2: { es: 'gestión de almacén', en: 'warehouse management' },
  3: { es: 'seguridad laboral', en: 'occupational safety' },
  4: { es: 'control de inventario', en: 'stock control' },
  5: { es: 'conducción de camiones', en: 'truck driving' },
  10: { es: 'logística', en: 'logistics' },
  11: { es: 'preparación de pedidos', en: 'order picking' },
};
const LANGUAGES = { es: { en: 'Inglés', es: 'Español' }, en: { en: 'English', es: 'Spanish' } };
const labels: Labels = {
  skill: (id, lang) => SKILLS[id]?.[lang] ?? `#${id}`,
  skillUri: (id) => `http://data.europa.eu/esco/skill/s${id}`,
  occupation: (id, lang) => ({ uri: `http://data.europa.eu/esco/occupation/o${id}`, label: id === 100 ? (lang === 'es' ? 'operador de montacargas' : 'forklift operator') : `occ ${id}` }),
  opportunity: (id) => ({ t1: 'Operador de montacargas', t2: 'Logística básica' })[id] ?? id,
  language: (tag, lang) => (LANGUAGES[lang] as Record<string, string>)[tag] ?? tag,
};
// Skill 11 is narrower than 10; 1 and 4 share a group.
const REL: Relatedness = ArrayRelatedness.fromPairs(20, [
  [11, { parent: 10 }],
  [1, { group: 3 }],
  [4, { group: 3 }],
]);

function explain(p: EnginePerson, o: EngineOpportunity, opts: { trainingsForSkill?: (s: number) => string[]; waitingList?: boolean; relatedness?: Relatedness } = {}): Reason[] {
  const w = world([p], [o], opts.relatedness, () => 0.8);
  return explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0, trainingsForSkill: opts.trainingsForSkill, waitingList: opts.waitingList });
}
const codes = (r: Reason[]) => r.map((x) => x.code);
const req = (...ids: number[]) => ids.map((skillId) => ({ skillId, level: 1 }));

describe('explanations', () => {
  const job = opportunity({ essentialSkills: req(1, 2, 3) });
  const p = person({ skills: [{ skillId: 2, level: 2, evidence: 'assessed' }], experience: [{ occupationId: 100, iscoGroup: '8344', months: 18, formal: false }] });

  it('every essential skill is matched, partial or missing; missing ones said once per group of courses', () => {
    const r = explain(p, opportunity({ essentialSkills: req(1, 2, 3, 5) }), { trainingsForSkill: (s) => (s === 1 || s === 3 ? ['t1'] : []) });
    expect(r).toContainEqual({ code: 'skills_matched', matched: 1, total: 4, skillIds: [2] });
    expect(r).toContainEqual({ code: 'skills_missing', missing: 3, total: 4, skills: [{ skillId: 1, coveredBy: ['t1'] }, { skillId: 3, coveredBy: ['t1'] }, { skillId: 5, coveredBy: [] }] });
    const es = renderReasons(r, 'es', labels);
    expect(es).toContain('Tiene 1 de 4 habilidades esenciales: gestión de almacén');
    expect(es).toContain('Le faltan 3 de 4 habilidades esenciales');
    // One sentence for the two skills the same course teaches, not the course repeated per skill.
    expect(es).toContain('manejo de montacargas y seguridad laboral: las enseña el curso Operador de montacargas');
    expect(es).toContain('conducción de camiones: no la enseña ningún curso a su alcance');
    expect(es.filter((s) => s.includes('Operador de montacargas'))).toHaveLength(1);
    expect(renderReasons(r, 'en', labels)).toContain('forklift operation and occupational safety: taught by the course Operador de montacargas');
  });

  it('partial credit names the skill held and how it relates (broader, narrower, related)', () => {
    const holdsNarrower = person({ skills: [{ skillId: 11, level: 2, evidence: 'certified' }] });
    const r = explain(holdsNarrower, opportunity({ essentialSkills: req(10, 4) }), { relatedness: REL });
    expect(r).toContainEqual({ code: 'partial_skill_match', skillId: 10, via: 'narrower', heldSkillId: 11, credit: expect.any(Number) });
    expect(renderReasons(r, 'es', labels)).toContain('logística: en parte, por un concepto más específico que tiene (preparación de pedidos)');
    const holdsBroader = person({ skills: [{ skillId: 10, level: 2, evidence: 'certified' }] });
    expect(explain(holdsBroader, opportunity({ essentialSkills: req(11) }), { relatedness: REL })).toContainEqual(expect.objectContaining({ code: 'partial_skill_match', skillId: 11, via: 'broader', heldSkillId: 10 }));
    const sameGroup = person({ skills: [{ skillId: 1, level: 2, evidence: 'certified' }] });
    const g = explain(sameGroup, opportunity({ essentialSkills: req(4) }), { relatedness: REL });
    expect(g).toContainEqual(expect.objectContaining({ code: 'partial_skill_match', skillId: 4, via: 'related', heldSkillId: 1 }));
    expect(codes(g)).not.toContain('skills_missing'); // partial, not missing: each skill is in one group
  });

  it('evidence and level of the skills held are counted and said', () => {
    const q = person({
      skills: [
        { skillId: 1, level: 3, evidence: 'assessed' },
        { skillId: 2, level: 1, evidence: 'certified' },
        { skillId: 3, level: 1, evidence: 'self_declared' },
      ],
    });
    const r = explain(q, opportunity({ essentialSkills: [{ skillId: 1, level: 1 }, { skillId: 2, level: 1 }, { skillId: 3, level: 2 }] }));
    expect(r).toContainEqual({ code: 'skill_evidence', assessed: 1, certified: 1, selfDeclared: 1 });
    expect(r).toContainEqual({ code: 'skill_level', above: 1, at: 1, below: 1 });
    const es = renderReasons(r, 'es', labels);
    expect(es).toContain('De esas habilidades: 1 evaluada, 1 certificada y 1 autodeclarada');
    expect(es).toContain('Nivel: 1 por encima del nivel pedido, 1 al nivel pedido y 1 por debajo');
  });

  it('optional skills held are named', () => {
    const r = explain(p, opportunity({ essentialSkills: req(1), optionalSkills: req(2, 4) }));
    expect(r).toContainEqual({ code: 'optional_skills_matched', matched: 1, total: 2, skillIds: [2] });
    expect(renderReasons(r, 'en', labels)).toContain('Also has 1 of 2 desirable skills: warehouse management');
  });

  it('experience counted says the occupation, the months and how it counted (same occupation, ISCO group, abroad, informal)', () => {
    const worker = person({
      experience: [
        { occupationId: 100, iscoGroup: '8344', months: 18, formal: false, abroad: true },
        { occupationId: 7, iscoGroup: '8344', months: 6, formal: true },
        { occupationId: 8, iscoGroup: '5120', months: 40, formal: true },
      ],
    });
    const r = explain(worker, job);
    expect(r.filter((x) => x.code === 'experience_counted')).toEqual([
      { code: 'experience_counted', occupationId: 100, iscoGroup: '8344', months: 18, via: 'same_occupation', abroad: true, informal: true },
      { code: 'experience_counted', occupationId: 7, iscoGroup: '8344', months: 6, via: 'isco_group', abroad: false, informal: false },
    ]);
    const es = renderReasons(r, 'es', labels);
    expect(es).toContain('18 meses de experiencia como operador de montacargas: la misma ocupación (en el extranjero, informal)');
    expect(es).toContain('6 meses de experiencia como occ 7: una ocupación afín (ISCO 8344)');
  });

  it('aspiration matches name the occupation, the sector or the pathway', () => {
    const wants = (aspirations: Partial<EnginePerson['aspirations']>) => person({ aspirations: { ...person().aspirations, ...aspirations } });
    expect(explain(wants({ preferredOccupationIds: [100] }), job)).toContainEqual({ code: 'aspiration_match', on: 'occupation', occupationId: 100 });
    expect(explain(wants({ preferredSectors: ['logistics'] }), job)).toContainEqual({ code: 'aspiration_match', on: 'sector', sector: 'logistics' });
    expect(explain(wants({ preferredIscoGroups: ['83'] }), job)).toContainEqual({ code: 'aspiration_match', on: 'sector', sector: '83' });
    const r = explain(wants({ preferredPathway: 'training' }), training());
    expect(r).toContainEqual({ code: 'aspiration_match', on: 'pathway', pathway: 'training' });
    expect(renderReasons(r, 'es', labels)).toContain('Es una formación, lo que prefiere');
    expect(codes(explain(person(), job))).not.toContain('aspiration_match');
  });

  it('gives the commute in minutes, the maximum and the mode, and the demand with its parts', () => {
    const r = explain(p, job);
    expect(r.find((x) => x.code === 'commute')).toMatchObject({ code: 'commute', mode: 'public_transport', viaAllowance: false, maxMinutes: 60 });
    const en = renderReasons(r, 'en', labels);
    expect(en.some((s) => /^About \d+ minutes' commute by public transport \(your maximum: 60\)$/.test(s))).toBe(true);
    expect(codes(explain(p, opportunity({ mode: 'remote', location: null })))).toContain('remote');
    expect(codes(explain(p, opportunity({ mode: 'home_based', location: null })))).toContain('home_based');
  });

  it('shows what demand is made of: the vacancy signal and the indicator with its source and date', () => {
    const w = world([p], [job]);
    const demand = buildDemandIndex([{ occupationId: 100, iscoGroup: '8344', regionCode: 'EC-P', openings: 5, postedAt: DAY0 }], [{ occupationId: 100, value: 0.9, source: 'Lista de ocupaciones con escasez', date: DAY0 - 30 }], DAY0);
    w.O.refreshDemand((o, i, r) => demand.lookup(o, i, r), (o, i, r) => demand.parts(o, i, r));
    const r = explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0 });
    expect(r).toContainEqual({ code: 'demand', level: 'high', value: 0.95, vacancySignal: 0.5, weightedOpenings: 5, indicator: { value: 0.9, source: 'Lista de ocupaciones con escasez', date: DAY0 - 30 } });
    expect(renderReasons(r, 'es', labels)).toContain('Demanda alta de esta ocupación en la región (0.95: vacantes abiertas 0.50; indicador «Lista de ocupaciones con escasez» del 2025-12-06: 0.90)');
  });

  it('says when a transport allowance makes the commute possible', () => {
    const walker = person({ transport: { modes: ['walk'], maxCommuteMinutes: 45, canUseTransportAllowance: true } });
    const r = explain(walker, opportunity({ supports: { ...opportunity().supports, transportAllowance: true } }));
    expect(renderReasons(r, 'es', labels).some((s) => s.endsWith('en transporte público (su máximo: 45), con el subsidio de transporte que ofrece'))).toBe(true);
  });

  it('a schedule clash gives the first conflicting block and the support that would resolve it; or the childcare that does', () => {
    const mother = person({
      availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 20 }]),
      careHours: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]),
    });
    const afternoon = opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]) });
    const r = explain(mother, afternoon);
    expect(r.filter((x) => x.code === 'schedule_conflict')).toEqual([{ code: 'schedule_conflict', day: 0, from: 14, to: 20, hours: 30, careHours: 30, resolvedBy: 'childcare' }]);
    expect(renderReasons(r, 'es', labels)).toContain(
      'El horario choca con 30 horas semanales en las que no está disponible (la primera el lunes de 14:00 a 20:00); 30 por cuidado de familiares: lo resolvería cuidado infantil en el lugar',
    );
    const withChildcare = explain(mother, { ...afternoon, supports: { ...afternoon.supports, childcare: true } });
    expect(withChildcare).toContainEqual({ code: 'childcare_frees_care_hours', hours: 30 });
    expect(renderReasons(withChildcare, 'en', labels)).toContain('On-site childcare frees the 30 care hours the schedule needs');
  });

  it('explains a language gap with the support offered', () => {
    const o = opportunity({ languageMinimums: [{ tag: 'en', level: 4, hard: true }], supports: { ...opportunity().supports, languageSupport: true } });
    const r = explain(person({ languages: [{ tag: 'en', level: 3 }] }), o);
    expect(r).toContainEqual({ code: 'language_gap', tag: 'en', required: 4, has: 3, support: true, hard: true });
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

  it('states the commitment of a programme first (with its mode), and a permit ending before it does with both dates', () => {
    const t = training({
      startDate: DAY0 + 14,
      durationWeeks: 26,
      hoursPerWeek: 30,
      mode: 'hybrid',
      schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]),
      onlineSchedule: weekGridFromRanges([{ days: [4], from: 8, to: 14 }]),
      supports: { ...training().supports, stipend: false },
    });
    const permit = person({
      needsIncomeDuringTraining: true,
      eligibility: { mayWork: false, mayTrain: true, authorisationKind: 'asylum', authorisationEndsAt: DAY0 + 14 + 182 - 91, isAdult: true },
    });
    const r = explain(permit, t);
    expect(r[0]).toMatchObject({ code: 'commitment', hoursPerWeek: 30, durationWeeks: 26, startDate: DAY0 + 14, mode: 'hybrid', onlineSchedule: [{ days: [4], from: 8, to: 14 }] });
    expect(r).toContainEqual({ code: 'authorisation_ends_early', monthsBefore: 3, endsAt: DAY0 + 105, programmeEndsAt: DAY0 + 14 + 182 });
    expect(codes(r)).toContain('income_gap');
    const es = renderReasons(r, 'es', labels);
    expect(es[0]).toBe('Compromiso: lun-vie 8:00-14:00, 30 horas semanales, 26 semanas, desde el 2026-01-19, híbrido (en línea: vie 8:00-14:00)');
    expect(es).toContain('Su permiso termina 3 meses antes que el programa (el 2026-04-20; el programa termina el 2026-07-20)');
    const en = renderReasons(r, 'en', labels);
    expect(en[0]).toBe('Commitment: Mon-Fri 8:00-14:00, 30 hours a week, 26 weeks, starting 2026-01-19, hybrid (online: Fri 8:00-14:00)');
    expect(en).toContain('No stipend, and you need an income during the programme');
  });

  it('gated options carry every gate with its facts, rendered in both languages', () => {
    const r = explain(person(), opportunity({ location: GUAYAQUIL, status: 'closed', capacity: 2, booked: 2 }));
    expect(r.filter((x) => ['not_open', 'capacity_full', 'commute_too_long'].includes(x.code))).toEqual([
      { code: 'not_open' },
      { code: 'capacity_full', capacity: 2, booked: 2 },
      { code: 'commute_too_long', minutes: expect.any(Number), maxMinutes: 60, mode: 'public_transport' },
    ]);
    const es = renderReasons(r, 'es', labels);
    expect(es).toContain('La oferta no está abierta');
    expect(es).toContain('No quedan plazas (2 de 2 ocupadas)');
    expect(es.some((s) => /^Unos \d+ minutos de trayecto en transporte público: más que su máximo de 60$/.test(s))).toBe(true);
    const w = world([person()], [training({ id: 't1' })]);
    const withPath = explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0, pathway: { unlockedOpportunityIds: ['a', 'b'] } });
    expect(renderReasons(withPath, 'es', labels)).toContain('Le habilita para 2 vacantes abiertas a su alcance');
    expect(renderReasons(withPath, 'en', labels)).toContain('Qualifies you for 2 open vacancies within reach');
  });

  it('a waiting-list option says so instead of failing the capacity gate', () => {
    const full = opportunity({ capacity: 3, booked: 3 });
    const r = explain(person(), full, { waitingList: true });
    expect(codes(r)).not.toContain('capacity_full');
    expect(r).toContainEqual({ code: 'waiting_list', capacity: 3, booked: 3 });
    expect(renderReasons(r, 'es', labels)).toContain('Lista de espera: las 3 plazas están ocupadas');
  });

  it('limited mobility: an accessible place is said to be accessible', () => {
    const q = person({ limitedMobility: true });
    expect(codes(explain(q, opportunity({ supports: { ...opportunity().supports, accessibility: true } })))).toContain('accessible_place');
  });
});

describe('public reasons', () => {
  it('carry ESCO URIs with labels in the reader\'s language, course ids with titles, ISO dates and CEFR names, never internal ids', () => {
    const o = opportunity({ essentialSkills: req(1, 2), languageMinimums: [{ tag: 'en', level: 4, hard: false }] });
    const q = person({ skills: [{ skillId: 2, level: 1, evidence: 'assessed' }], languages: [{ tag: 'en', level: 2 }], experience: [{ occupationId: 100, iscoGroup: '8344', months: 12, formal: true }] });
    const w = world([q], [o], undefined, () => 0.3);
    const engine = explainMatch(w.s, w.P, 0, w.O, 0, { now: DAY0, trainingsForSkill: (s) => (s === 1 ? ['t1'] : []) });
    const pub = toPublicReasons(engine, 'es', labels);
    expect(pub).toContainEqual({ code: 'skills_matched', matched: 1, total: 2, skills: [{ uri: 'http://data.europa.eu/esco/skill/s2', label: 'gestión de almacén' }] });
    expect(pub).toContainEqual({ code: 'missing_essential_skill', skill: { uri: 'http://data.europa.eu/esco/skill/s1', label: 'manejo de montacargas' }, coveredBy: [{ opportunityId: 't1', title: 'Operador de montacargas' }] });
    expect(pub).toContainEqual({ code: 'language_gap', language: { tag: 'en', label: 'Inglés' }, required: 'B2', has: 'A2', support: false, hard: false });
    expect(pub).toContainEqual(expect.objectContaining({ code: 'experience_counted', occupation: { uri: 'http://data.europa.eu/esco/occupation/o100', iscoCode: '8344', label: 'operador de montacargas' } }));
    // No numeric skill id anywhere in what the API returns.
    expect(JSON.stringify(pub)).not.toMatch(/"skillIds?"|"heldSkillId"|"occupationId"/);
  });

  it('reads reasons stored before issue 15 (a gate object, a language gap with `actual`) and leaves out unknown codes', () => {
    const legacy = [{ code: 'gate', gate: 'not_open' }, { code: 'experience', months: 3 }, { code: 'language_gap', tag: 'en', required: 4, actual: 3, support: false, hard: true }] as unknown as Reason[];
    expect(toPublicReasons(legacy, 'en', labels)).toEqual([
      { code: 'not_open' },
      { code: 'language_gap', language: { tag: 'en', label: 'English' }, required: 'B2', has: 'B1', support: false, hard: true },
    ]);
  });
});
