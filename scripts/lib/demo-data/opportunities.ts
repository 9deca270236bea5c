import type { CreateOpportunitySchema } from '@app/contracts';
import type { z } from 'zod';
import { OCCUPATION, OCCUPATIONS, skillUri, type DemoOccupation } from './occupations';
import { CITIES, CITY_WEIGHTS, type City } from './places';
import { PROGRAMMES, type DemoProgramme } from './programmes';
import { addDays, type Rng } from './rng';
import { SHIFTS, type ShiftKey } from './schedules';
import type { SkillName } from './skills';
import type { DemoOpportunity } from './types';

type OpportunityInput = z.input<typeof CreateOpportunitySchema>;

/** How many of each kind the generator adds after the showcase ones. */
export const GENERATED_OPPORTUNITIES = { job: 125, trainingsPerProgramme: 3, apprenticeshipsPerProgramme: 5 };

const MONTHLY_MINIMUM_WAGE_USD = 470; // Ecuador's basic unified wage (SBU), 2025
const SHIFTS_BY_SECTOR: Record<string, ShiftKey[]> = {
  C10: ['morning', 'morning', 'afternoon', 'earlyAfternoon'],
  G47: ['morning', 'afternoon', 'day', 'earlyAfternoon'],
  'G47.73': ['morning', 'afternoon', 'day'],
  H52: ['day', 'day', 'morning', 'afternoon'],
  H53: ['day', 'morning'],
  I55: ['morning', 'day', 'afternoon'],
  I56: ['morning', 'afternoon', 'afternoon', 'day'],
  N81: ['morning', 'earlyAfternoon', 'afternoon'],
  F41: ['day'],
  F43: ['day'],
};

const skillsOf = (names: readonly SkillName[], level: 'basic' | 'intermediate' = 'intermediate') => names.map((n) => ({ uri: skillUri(n), level }));
const wage = (amount: number) => ({ kind: 'wage' as const, amount, currency: 'USD', period: 'month' as const });
const stipend = (amount: number) => ({ kind: 'stipend' as const, amount, currency: 'USD', period: 'month' as const });

export interface JobSpec {
  occupation: DemoOccupation;
  city: City;
  point: { lat: number; lon: number };
  shift: ShiftKey;
  today: string;
  capacity: number;
  childcare: boolean;
  transportAllowance: boolean;
  wageUsd: number;
  acceptsUnrecognised: boolean;
  spanishMinimum: 'A2' | 'B1';
  languageSupport: boolean;
  startInDays: number;
  /** Default: EQF 4 for pharmacy, 3 for electricians, none otherwise. */
  minEqf?: number | null;
}

/** A job posting; every field a real employer would fill in. */
export function jobInput(s: JobSpec): OpportunityInput {
  const o = s.occupation;
  const shift = SHIFTS[s.shift];
  const pharmacy = o.key === 'pharmacyAssistant';
  return {
    kind: 'job',
    title: `${o.title} — ${shift.label} (${s.city.name})`,
    description: `${o.title} en ${s.city.name}, ${shift.label}.${s.childcare ? ' Guardería en el lugar de trabajo.' : ''}${s.transportAllowance ? ' Bono de transporte.' : ''}`,
    occupation: { escoUri: o.uri, iscoCode: o.isco, label: o.title },
    sector: o.sector,
    essentialSkills: skillsOf(o.essential),
    optionalSkills: skillsOf(o.optional, 'basic'),
    languageMinimums: [{ tag: 'es', level: s.spanishMinimum, hard: o.customerFacing }],
    minEqf: s.minEqf !== undefined ? s.minEqf : pharmacy ? 4 : o.key === 'electrician' ? 3 : null,
    acceptsUnrecognisedCredentials: s.acceptsUnrecognised,
    mode: 'on_site',
    location: { regionCode: s.city.regionCode, ...s.point },
    schedule: shift.grid,
    hoursPerWeek: shift.hoursPerWeek,
    employmentTypes: [shift.hoursPerWeek >= 40 ? 'full_time' : 'part_time'],
    startDate: addDays(s.today, s.startInDays),
    applicationDeadline: addDays(s.today, s.startInDays + 14),
    capacity: s.capacity,
    supports: { childcareOnSite: s.childcare, transportAllowance: s.transportAllowance, pay: wage(s.wageUsd), languageSupport: s.languageSupport, accessibility: false, deviceLoan: false },
    requiresWorkAuthorisation: true,
  };
}

export interface ProgrammeSpec {
  programme: DemoProgramme;
  city: City;
  point: { lat: number; lon: number };
  shift: ShiftKey;
  today: string;
  capacity: number;
  childcare: boolean;
  transportAllowance: boolean;
  stipendUsd: number | null;
  startInDays: number;
}

/** A training or apprenticeship: commitment (schedule, hours, duration, start), supports, what it confers. */
export function programmeInput(s: ProgrammeSpec): OpportunityInput {
  const p = s.programme;
  const occupation = p.leadsTo ? OCCUPATION[p.leadsTo] : null;
  const apprenticeship = p.kind === 'apprenticeship';
  const shift = apprenticeship ? SHIFTS.day : SHIFTS[s.shift];
  return {
    kind: p.kind,
    title: `${p.title} — ${s.city.name}${apprenticeship ? '' : `, ${shift.label}`}`,
    description: apprenticeship
      ? `Formación dual: 2 días de clases y 3 días de trabajo remunerado en la empresa. Al terminar: ${p.certificate}.`
      : `Curso de ${p.durationWeeks} semanas, ${shift.label}. Al terminar: ${p.certificate}.`,
    occupation: occupation ? { escoUri: occupation.uri, iscoCode: occupation.isco, label: occupation.title } : null,
    sector: occupation?.sector ?? (p.leadsToSelfEmployment ? 'I56' : null),
    // Programmes ask for little: basic Spanish and, for apprenticeships, the will to learn on the job.
    essentialSkills: [],
    languageMinimums: p.languageCourse ? [] : [{ tag: 'es', level: 'A2', hard: false }],
    mode: 'on_site',
    location: { regionCode: s.city.regionCode, ...s.point },
    schedule: shift.grid,
    hoursPerWeek: shift.hoursPerWeek,
    startDate: addDays(s.today, s.startInDays),
    durationWeeks: p.durationWeeks,
    applicationDeadline: addDays(s.today, s.startInDays - 3),
    capacity: s.capacity,
    supports: {
      childcareOnSite: s.childcare,
      transportAllowance: s.transportAllowance,
      pay: apprenticeship ? wage(Math.round(MONTHLY_MINIMUM_WAGE_USD * 0.6)) : s.stipendUsd ? stipend(s.stipendUsd) : null,
      languageSupport: p.languageCourse === true || p.provider === 'training',
      accessibility: true,
      deviceLoan: false,
    },
    // A training needs no work permit; an apprenticeship is an employment contract.
    requiresWorkAuthorisation: apprenticeship,
    skillsConferred: skillsOf(p.confers),
    certificate: { name: p.certificate, recognisedBy: apprenticeship ? 'Ministerio del Trabajo (demo)' : 'SETEC (demo)' },
    leadsToSelfEmployment: p.leadsToSelfEmployment ?? false,
  };
}

/** The bulk of the postings, spread over the cities; deterministic for a given random stream. */
export function generateOpportunities(rng: Rng, today: string): DemoOpportunity[] {
  const out: DemoOpportunity[] = [];
  const occupationWeights = OCCUPATIONS.map((o) => [o, o.weight] as const);
  for (let i = 1; i <= GENERATED_OPPORTUNITIES.job; i++) {
    const occupation = rng.weighted(occupationWeights);
    const city = rng.weighted(CITY_WEIGHTS);
    out.push({
      ref: `demo-job-${String(i).padStart(3, '0')}`,
      org: occupation.employer,
      input: jobInput({
        occupation,
        city,
        point: rng.near(city.lat, city.lon, city.spread),
        shift: rng.pick(SHIFTS_BY_SECTOR[occupation.sector] ?? ['day']),
        today,
        capacity: rng.weighted([[1, 4], [2, 3], [3, 2], [5, 1]]),
        childcare: rng.chance(0.08),
        transportAllowance: rng.chance(0.35),
        wageUsd: MONTHLY_MINIMUM_WAGE_USD + 10 * rng.int(0, 20),
        acceptsUnrecognised: rng.chance(0.5),
        spanishMinimum: occupation.customerFacing ? 'B1' : 'A2',
        languageSupport: rng.chance(0.1),
        startInDays: rng.int(7, 30),
      }),
    });
  }
  let n = 0;
  for (const programme of PROGRAMMES) {
    const apprenticeship = programme.kind === 'apprenticeship';
    const count = apprenticeship ? GENERATED_OPPORTUNITIES.apprenticeshipsPerProgramme : GENERATED_OPPORTUNITIES.trainingsPerProgramme;
    for (const city of pickCities(rng, count)) {
      n += 1;
      out.push({
        ref: `demo-${programme.kind}-${String(n).padStart(3, '0')}`,
        org: programme.provider,
        input: programmeInput({
          programme,
          city,
          point: rng.near(city.lat, city.lon, city.spread / 2),
          shift: rng.pick<ShiftKey>(['classMorning', 'classMorning', 'classAfternoon', 'classEvening', 'classSaturday']),
          today,
          capacity: apprenticeship ? rng.int(2, 6) : rng.int(15, 25),
          childcare: rng.chance(0.3),
          transportAllowance: rng.chance(0.5),
          stipendUsd: rng.chance(0.4) ? 20 * rng.int(3, 6) : null,
          startInDays: rng.int(14, 45),
        }),
      });
    }
  }
  return out;
}

/** `count` distinct cities: the two big ones always, the others drawn at random. */
function pickCities(rng: Rng, count: number): City[] {
  const others = Object.values(CITIES).filter((c) => c !== CITIES.quito && c !== CITIES.guayaquil);
  return [CITIES.quito, CITIES.guayaquil, ...rng.sample(others, count - 2)].slice(0, count);
}
