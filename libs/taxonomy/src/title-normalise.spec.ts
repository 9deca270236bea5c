import { cleanTitle, CUT_TAIL_FACTOR, LATER_PART_FACTOR, normaliseTitle } from './title-normalise';

/** A tiny occupation vocabulary: the words some occupation label holds. */
const JOB_WORDS = new Set(['crew', 'mesero', 'cajera', 'chofer', 'cook', 'accountant', 'estilista', 'peluquera', 'camarero', 'jefe', 'cocina', 'tecnico', 'electronica', 'guardia', 'seguridad', 'team', 'leader', 'restaurante', 'auxiliar', 'enfermeria', 'warehouse', 'operative']);
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
