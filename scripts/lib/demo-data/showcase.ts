import { CONSENT_SCOPES } from '@app/contracts';
import { OCCUPATION, skillUri } from './occupations';
import { jobInput, programmeInput, type JobSpec } from './opportunities';
import { CITIES, type City } from './places';
import { PROGRAMMES } from './programmes';
import { addDays } from './rng';
import { weekdays } from './schedules';
import type { DemoOpportunity, DemoPerson } from './types';

/**
 * The named people and the postings around them that the README walks through. Names are obviously
 * fictional (surname "Demo"); every situation is one the field describes.
 */
export const SHOWCASE = {
  mayerlin: 'Mayerlin Demo',
  ahmad: 'Ahmad Demo',
  yorman: 'Yorman Demo',
  luzMarina: 'Luz Marina Demo',
  segundo: 'Segundo Demo',
} as const;
/** `showcase` handles are the shell variable names the launcher prints and the README uses. */

const programme = (key: string) => PROGRAMMES.find((p) => p.key === key)!;
// Names: a first name and the surname "Demo", obviously fictional (masked for employers as "M. D.").
const at = (city: City, dLat: number, dLon: number) => ({ lat: Math.round((city.lat + dLat) * 1e4) / 1e4, lon: Math.round((city.lon + dLon) * 1e4) / 1e4 });

export function showcasePeople(today: string): DemoPerson[] {
  const consent = { scopes: [...CONSENT_SCOPES], givenAt: addDays(today, -3) };
  const contact = (n: number) => ({ phone: `+593 99 000 0${String(n).padStart(3, '0')}`, email: `showcase-${n}@example.invalid` });
  const dob = (years: number) => addDays(today, -(years * 365 + 40));
  return [
    {
      // Single mother in the south of Quito: bakery experience from Venezuela, a baker's diploma Ecuador
      // does not recognise, free only in the mornings (children after school from 14:00), needs income.
      ref: 'demo-showcase-mayerlin',
      showcase: 'MAYERLIN',
      profile: {
        personal: { displayName: SHOWCASE.mayerlin, ...contact(1) },
        skills: [
          { concept: skillUri('bakeGoods'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('kneadFood'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('workToRecipe'), level: 'intermediate', evidence: 'self_declared' },
        ],
        experience: [{ occupation: OCCUPATION.baker.uri, iscoCode: '7512', months: 72, formality: 'informal', country: 'VE' }],
        qualifications: [{ title: 'Técnico Superior en Panadería y Pastelería', eqf: 5, field: 'Panadería', country: 'VE', recognition: 'not_recognised' }],
        languages: [{ tag: 'es', level: 'native' }],
        location: { regionCode: 'EC-P', ...at(CITIES.quito, -0.02, -0.005) },
        transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 45, canUseTransportAllowance: true },
        availability: { hours: weekdays(6, 20, [6, 14]) },
        careDuties: { hours: weekdays(14, 20), kinds: ['children'] },
        digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
        needsIncomeDuringTraining: true,
        earliestStart: today,
        aspirations: { preferredOccupations: [{ occupation: OCCUPATION.baker.uri, iscoCode: '7512' }], preferredPathway: 'job' },
        consent,
      },
      restricted: { authorisationKind: 'humanitarian_visa', expiresOn: addDays(today, 540), nationality: 'VE', gender: 'female', dateOfBirth: dob(29) },
    },
    {
      // Asylum seeker from Afghanistan, claim pending, no work permit yet: trainings yes, jobs no.
      ref: 'demo-showcase-ahmad',
      showcase: 'AHMAD',
      profile: {
        personal: { displayName: SHOWCASE.ahmad, ...contact(2) },
        skills: [
          { concept: skillUri('cookingTechniques'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('foodPreparation'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('foodCuttingTools'), level: 'intermediate', evidence: 'self_declared' },
        ],
        experience: [{ occupation: OCCUPATION.cook.uri, iscoCode: '5120', months: 48, formality: 'formal', country: 'AF' }],
        languages: [{ tag: 'prs', level: 'native' }, { tag: 'en', level: 'B1' }, { tag: 'es', level: 'A2' }],
        location: { regionCode: 'EC-P', ...at(CITIES.quito, 0.01, 0.005) },
        transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 60, canUseTransportAllowance: true },
        availability: { words: { days: ['weekdays', 'sat'], periods: ['morning', 'afternoon'] } },
        digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
        needsIncomeDuringTraining: true,
        aspirations: { preferredOccupations: [{ occupation: OCCUPATION.cook.uri, iscoCode: '5120' }], preferredPathway: 'job' },
        consent,
      },
      restricted: { authorisationKind: 'asylum_seeker', allowsWork: false, allowsTraining: true, nationality: 'AF', gender: 'male', dateOfBirth: dob(34) },
    },
    {
      // Refugee in Guayaquil with warehouse experience; a forklift course opens the forklift vacancies.
      ref: 'demo-showcase-yorman',
      showcase: 'YORMAN',
      profile: {
        personal: { displayName: SHOWCASE.yorman, ...contact(3) },
        skills: [
          { concept: skillUri('receiveGoods'), level: 'intermediate', evidence: 'self_declared' },
          { concept: skillUri('stackGoods'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('pickOrders'), level: 'intermediate', evidence: 'assessed' },
          { concept: skillUri('liftHeavyWeights'), level: 'advanced', evidence: 'self_declared' },
        ],
        experience: [{ occupation: OCCUPATION.warehouseWorker.uri, iscoCode: '9333', months: 36, formality: 'informal', country: 'VE' }],
        languages: [{ tag: 'es', level: 'native' }],
        location: { regionCode: 'EC-G', ...at(CITIES.guayaquil, 0.015, 0.01) },
        transport: { modes: ['walk', 'public_transport', 'motorbike'], maxCommuteMinutes: 60, canUseTransportAllowance: true },
        availability: { words: { days: ['weekdays', 'sat'], periods: ['morning', 'afternoon', 'evening'] } },
        digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
        needsIncomeDuringTraining: false,
        aspirations: { preferredOccupations: [{ occupation: OCCUPATION.forkliftOperator.uri, iscoCode: '8344' }], preferredPathway: 'training' },
        consent,
      },
      restricted: { authorisationKind: 'refugee', expiresOn: addDays(today, 900), nationality: 'VE', gender: 'male', dateOfBirth: dob(26) },
    },
    {
      // Pharmacy assistant from Colombia at the northern border; her diploma is not recognised here.
      ref: 'demo-showcase-luz-marina',
      showcase: 'LUZ_MARINA',
      profile: {
        personal: { displayName: SHOWCASE.luzMarina, ...contact(4) },
        skills: [
          { concept: skillUri('checkPrescriptions'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('pharmaInventory'), level: 'intermediate', evidence: 'self_declared' },
          { concept: skillUri('medicationExpiry'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('medicationStorage'), level: 'intermediate', evidence: 'self_declared' },
          { concept: skillUri('communicateWithCustomers'), level: 'advanced', evidence: 'self_declared' },
        ],
        experience: [{ occupation: OCCUPATION.pharmacyAssistant.uri, iscoCode: '3213', months: 60, formality: 'formal', country: 'CO' }],
        qualifications: [{ title: 'Técnica Laboral en Servicios Farmacéuticos', eqf: 4, field: 'Farmacia', country: 'CO', recognition: 'not_recognised' }],
        languages: [{ tag: 'es', level: 'native' }],
        location: { regionCode: 'EC-U', ...at(CITIES.lagoAgrio, 0.005, -0.004) },
        transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 40, canUseTransportAllowance: true },
        availability: { words: { days: ['weekdays'], periods: ['morning', 'afternoon'] } },
        digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
        needsIncomeDuringTraining: true,
        aspirations: { preferredOccupations: [{ occupation: OCCUPATION.pharmacyAssistant.uri, iscoCode: '3213' }], preferredPathway: 'job' },
        consent,
      },
      restricted: { authorisationKind: 'refugee', expiresOn: addDays(today, 700), nationality: 'CO', gender: 'female', dateOfBirth: dob(38) },
    },
    {
      // Ecuadorian returnee from Spain: a bricklayer with formal experience abroad.
      ref: 'demo-showcase-segundo',
      showcase: 'SEGUNDO',
      profile: {
        personal: { displayName: SHOWCASE.segundo, ...contact(5) },
        skills: [
          { concept: skillUri('layBricks'), level: 'advanced', evidence: 'certified' },
          { concept: skillUri('mixGrouts'), level: 'advanced', evidence: 'self_declared' },
          { concept: skillUri('measurementInstruments'), level: 'intermediate', evidence: 'self_declared' },
        ],
        experience: [{ occupation: OCCUPATION.bricklayer.uri, iscoCode: '7112', months: 96, formality: 'formal', country: 'ES' }],
        languages: [{ tag: 'es', level: 'native' }],
        location: { regionCode: 'EC-A', ...at(CITIES.cuenca, 0.01, 0.01) },
        transport: { modes: ['walk', 'public_transport', 'car'], maxCommuteMinutes: 60, canUseTransportAllowance: false },
        availability: { words: { days: ['weekdays', 'sat'], periods: ['morning', 'afternoon'] } },
        digitalAccess: { device: 'computer', connectivity: 'broadband' },
        needsIncomeDuringTraining: true,
        aspirations: { preferredOccupations: [{ occupation: OCCUPATION.bricklayer.uri, iscoCode: '7112' }], preferredPathway: 'job', excludedSectors: ['I56'] },
        consent,
      },
      restricted: { authorisationKind: 'citizen', nationality: 'EC', gender: 'male', dateOfBirth: dob(47) },
    },
  ];
}

export function showcaseOpportunities(today: string): DemoOpportunity[] {
  const quito = CITIES.quito;
  const base: Omit<JobSpec, 'occupation' | 'city' | 'point' | 'shift'> = {
    today, capacity: 2, childcare: false, transportAllowance: false, wageUsd: 500, acceptsUnrecognised: true, spanishMinimum: 'A2', languageSupport: false, startInDays: 10,
  };
  const job = (ref: string, org: DemoOpportunity['org'], spec: Partial<JobSpec> & Pick<JobSpec, 'occupation' | 'city' | 'point' | 'shift'>, showcase?: string): DemoOpportunity => ({
    ref, org, ...(showcase ? { showcase } : {}), input: jobInput({ ...base, ...spec }),
  });
  const course = (ref: string, key: string, city: City, point: { lat: number; lon: number }, extra: { childcare: boolean; stipendUsd: number | null; transportAllowance: boolean }, showcase?: string): DemoOpportunity => ({
    ref, org: programme(key).provider, ...(showcase ? { showcase } : {}),
    input: programmeInput({ programme: programme(key), city, point, shift: 'classMorning', today, capacity: 20, startInDays: 14, ...extra }),
  });
  return [
    // Mayerlin's neighbourhood: bakeries that need food-safety skills she does not have yet.
    job('demo-showcase-bakery-morning-1', 'bakery', { occupation: OCCUPATION.baker, city: quito, point: at(quito, -0.025, -0.002), shift: 'morning', capacity: 3, transportAllowance: true, minEqf: 3, acceptsUnrecognised: true }, 'BAKERY_JOB'),
    job('demo-showcase-bakery-morning-2', 'bakery', { occupation: OCCUPATION.baker, city: quito, point: at(quito, -0.012, 0.004), shift: 'morning', minEqf: 3, acceptsUnrecognised: false }),
    job('demo-showcase-bakery-morning-3', 'bakery', { occupation: OCCUPATION.pastryMaker, city: quito, point: at(quito, -0.03, -0.01), shift: 'morning' }),
    job('demo-showcase-bakery-childcare', 'bakery', { occupation: OCCUPATION.baker, city: quito, point: at(quito, -0.005, 0.003), shift: 'earlyAfternoon', childcare: true }, 'BAKERY_CHILDCARE_JOB'),
    job('demo-showcase-bakery-afternoon', 'bakery', { occupation: OCCUPATION.baker, city: quito, point: at(quito, -0.018, 0.006), shift: 'afternoon' }),
    job('demo-showcase-bakery-guayaquil', 'bakery', { occupation: OCCUPATION.baker, city: CITIES.guayaquil, point: at(CITIES.guayaquil, 0, 0), shift: 'morning' }),
    course('demo-showcase-food-safety', 'foodSafety', quito, at(quito, -0.015, 0), { childcare: true, stipendUsd: 100, transportAllowance: true }, 'FOOD_SAFETY_COURSE'),
    course('demo-showcase-spanish', 'spanish', quito, at(quito, 0.005, 0.002), { childcare: true, stipendUsd: null, transportAllowance: true }),
    course('demo-showcase-cooking', 'cooking', quito, at(quito, 0.012, 0.008), { childcare: false, stipendUsd: 80, transportAllowance: true }),
    // Yorman's Guayaquil: forklift vacancies and the course that opens them.
    course('demo-showcase-forklift-course', 'forklift', CITIES.guayaquil, at(CITIES.guayaquil, 0.01, 0.005), { childcare: false, stipendUsd: 60, transportAllowance: true }, 'FORKLIFT_COURSE'),
    ...[1, 2, 3, 4].map((i) =>
      job(`demo-showcase-forklift-${i}`, 'logistics', { occupation: OCCUPATION.forkliftOperator, city: CITIES.guayaquil, point: at(CITIES.guayaquil, 0.01 * i - 0.02, 0.012), shift: 'day', wageUsd: 560 }),
    ),
    // Luz Marina's Lago Agrio: one pharmacy takes her unrecognised diploma, one does not.
    job('demo-showcase-pharmacy-accepts', 'pharmacy', { occupation: OCCUPATION.pharmacyAssistant, city: CITIES.lagoAgrio, point: at(CITIES.lagoAgrio, 0.002, 0.002), shift: 'day', spanishMinimum: 'B1', acceptsUnrecognised: true }, 'PHARMACY_JOB'),
    job('demo-showcase-pharmacy-recognised-only', 'pharmacy', { occupation: OCCUPATION.pharmacyAssistant, city: CITIES.lagoAgrio, point: at(CITIES.lagoAgrio, -0.003, 0.001), shift: 'day', spanishMinimum: 'B1', acceptsUnrecognised: false }),
    // Segundo's Cuenca.
    job('demo-showcase-bricklayer-cuenca', 'construction', { occupation: OCCUPATION.bricklayer, city: CITIES.cuenca, point: at(CITIES.cuenca, 0.004, -0.006), shift: 'day', capacity: 4, wageUsd: 520 }),
  ];
}
