import { BRACKET_FACTOR, cleanTitle, CUT_TAIL_FACTOR, DOMAIN_JOIN_FACTOR, LATER_PART_FACTOR, normaliseTitle } from './title-normalise';

/** A tiny occupation vocabulary: the words some occupation label holds. */
const JOB_WORDS = new Set(['crew', 'mesero', 'cajera', 'chofer', 'cook', 'accountant', 'estilista', 'peluquera', 'camarero', 'jefe', 'cocina', 'tecnico', 'electronica', 'guardia', 'seguridad', 'team', 'leader', 'restaurante', 'auxiliar', 'enfermeria', 'warehouse', 'operative', 'mobile', 'phone', 'sales', 'advisor', 'contact', 'centre', 'care', 'carer', 'worker', 'live', 'nurse', 'enfermeria', 'cocinero']);
const jobWordWeight = (w: string) => (JOB_WORDS.has(w) ? 5 : 0);
const texts = (title: string) => normaliseTitle(title, { jobWordWeight }).variants.map((v) => v.text);
const first = (title: string) => texts(title)[0];

describe('title normalisation', () => {
  it('drops employers and places: capitalised words that are no job word, the parts after " - " " | " " @ "', () => {
    expect(first('Sushi King Sunway Pyramid Part Time Crew')).toBe('Crew');
    expect(first('Cajera medio tiempo Supermaxi')).toBe('Cajera');
    const r = normaliseTitle('Se necesita mesero/a urgente - Restaurante El Buen Sabor', { jobWordWeight });
    expect(r.variants[0]).toEqual({ text: 'mesero/a', factor: 1 });
    expect(r.variants.every((v, i) => i === 0 || v.factor <= LATER_PART_FACTOR)).toBe(true);
    expect(first('Sr. Accountant | Acme @ Lima')).toBe('Accountant');
  });

  it('drops a later part that names an employer or a place, whole: the role is before it', () => {
    const r = normaliseTitle('Mobile Phone Sales Advisor - Carphone Warehouse', { jobWordWeight });
    expect(r.variants.map((v) => v.text)).toEqual(['Mobile Phone Sales Advisor']);
    expect(r.domain).toBe('');
    // Piece by piece after a comma: the domain stays, the place goes.
    expect(normaliseTitle('Care worker - nursing home, Surrey', { jobWordWeight }).domain).toBe('nursing home');
    // An employer first ("Acme - Accountant"): the title is the part with an occupation word.
    expect(first('Acme - Accountant')).toBe('Accountant');
  });

  it('keeps a later part that names the work domain, as the domain and joined to the title', () => {
    const r = normaliseTitle('Team Leader - contact centre', { jobWordWeight });
    expect(r.domain).toBe('contact centre');
    expect(r.variants).toEqual(expect.arrayContaining([{ text: 'Team Leader contact centre', factor: DOMAIN_JOIN_FACTOR }, { text: 'Team Leader', factor: 1 }]));
    expect(normaliseTitle('Team Leader - Contact Centre', { jobWordWeight }).domain).toBe('Contact Centre');
  });

  it('reads the British "carer" as ESCO\'s care worker or caregiver, and keeps "Live-in"', () => {
    expect(texts('Live-in Carer')).toEqual(['Live-in Carer', 'Live-in care worker', 'Live-in caregiver']);
  });

  it('does not split a gender "@" ending or read "Licenciada" as a licence', () => {
    expect(first('Cociner@ para cevichería')).toBe('Cociner@ para cevichería');
    expect(first('Licenciada en enfermería - centro de salud')).toBe('Licenciada en enfermería centro de salud');
  });

  it('keeps the first word of a title written in sentence case, known or not', () => {
    expect(first('Gasfitero con herramienta propia')).toMatch(/^Gasfitero/);
  });

  it('removes shifts, contracts, recruiting words, seniority, pay and codes', () => {
    expect(cleanTitle('Line Cook - Full Time, $18-$21/hr + tips')).toBe('Line Cook');
    expect(cleanTitle('URGENTE!! Se busca cocinero/a')).toBe('cocinero/a');
    expect(cleanTitle('Camarero(a) turno de noche, fines de semana')).toBe('Camarero(a)');
    expect(cleanTitle('Warehouse Operative #4521 nights')).toBe('Warehouse Operative');
    expect(cleanTitle('Lead Cook £11.50/hr REF-123')).toBe('Cook');
    expect(cleanTitle('Junior Accountant (m/f/d) - remote')).toBe('Accountant');
    expect(cleanTitle('Team Lead')).toBe('Team leader');
    // "jefe de cocina" is an occupation, not a seniority.
    expect(cleanTitle('Jefe de cocina, tiempo completo')).toBe('Jefe de cocina');
  });

  it('removes who is sought (señora, chica, gentleman) and ordinals, not the job', () => {
    expect(first('Se busca señora para limpieza de casa')).toBe('limpieza de casa');
    expect(cleanTitle('Chica para atención al cliente')).toBe('atención al cliente');
    expect(cleanTitle('MIG Welder, 2nd shift')).toBe('MIG Welder');
  });

  it('looks up the words of a bracket on their own, a little less trusted; codes and shifts in brackets are nothing', () => {
    const v = normaliseTitle('Kitchen porter (dishwasher), full time', { jobWordWeight }).variants;
    expect(v[0]).toEqual({ text: 'Kitchen porter', factor: 1 });
    expect(v).toContainEqual({ text: 'dishwasher', factor: BRACKET_FACTOR });
    expect(texts('Cook (REF-12) (turno noche)')).toEqual(['Cook']);
  });

  it('reads licences as qualifiers, out of the lookup', () => {
    const r = normaliseTitle('Chofer con licencia tipo C (REF-123)', { jobWordWeight });
    expect(r.variants[0].text).toBe('Chofer');
    expect(r.qualifiers).toEqual(['con licencia tipo C']);
  });

  it('tries each alternative of a slash or a conjunction', () => {
    expect(texts('Estilista / peluquera')).toEqual(['Estilista / peluquera', 'Estilista', 'peluquera']);
  });

  it('cuts a tail that names a place or an employer, and trusts the cut less when it removes job words', () => {
    const guard = normaliseTitle('Guardia de seguridad con curso de horas', { jobWordWeight }).variants;
    expect(guard.find((v) => v.text === 'Guardia de seguridad')!.factor).toBeCloseTo(CUT_TAIL_FACTOR);
    const tech = normaliseTitle('Técnico en electrónica', { jobWordWeight }).variants;
    expect(tech[0]).toEqual({ text: 'Técnico en electrónica', factor: 1 });
    expect(tech.find((v) => v.text === 'Técnico')!.factor).toBeLessThan(0.8);
  });

  it('never returns nothing for a title with letters', () => {
    expect(first('Urgente')).toBe('Urgente');
    expect(normaliseTitle('panadero').variants).toEqual([{ text: 'panadero', factor: 1 }]);
  });
});
