import type { CreateProfileSchema, RestrictedRecordInput } from '@app/contracts';
import type { z } from 'zod';
import { OCCUPATIONS, skillUri, type DemoOccupation } from './occupations';
import { CITY_WEIGHTS } from './places';
import { addDays, type Rng } from './rng';
import { weekdays } from './schedules';
import type { DemoPerson } from './types';

type ProfileInput = z.input<typeof CreateProfileSchema>;
type Authorisation = RestrictedRecordInput['authorisationKind'];

/** How many generated people come after the showcase ones. */
export const GENERATED_PEOPLE = 295;

/**
 * Where people come from and what that means for language and legal status (the field's picture:
 * Venezuelan and Colombian migrants speak Spanish natively; legal status varies widely; Afghan and
 * Haitian people need Spanish first). Nationality goes to the restricted record only.
 */
interface Origin {
  country: string;
  weight: number;
  languages: (rng: Rng) => NonNullable<ProfileInput['languages']>;
  authorisation: readonly (readonly [Authorisation, number])[];
  femaleNames: readonly string[];
  maleNames: readonly string[];
}

const spanishNative = () => [{ tag: 'es', level: 'native' as const }];
const ORIGINS: readonly Origin[] = [
  {
    country: 'VE', weight: 55, languages: spanishNative,
    authorisation: [['humanitarian_visa', 35], ['temporary_resident', 15], ['irregular', 18], ['asylum_seeker', 12], ['refugee', 20]],
    femaleNames: ['Mayerlin', 'Yusleidy', 'Oriana', 'Daniela', 'Yoselin', 'Andreína', 'Maryelis', 'Génesis', 'Karelys', 'Rosángela'],
    maleNames: ['Yorman', 'Jesús', 'Luis', 'José', 'Wilmer', 'Anderson', 'Jhonny', 'Eliécer', 'Ronald', 'Deivis'],
  },
  {
    country: 'CO', weight: 20, languages: spanishNative,
    authorisation: [['refugee', 35], ['asylum_seeker', 25], ['temporary_resident', 20], ['irregular', 20]],
    femaleNames: ['Luz Marina', 'Yuliana', 'Leidy', 'Marcela', 'Dayana', 'Paola'],
    maleNames: ['Jhon Fredy', 'Brayan', 'Andrés', 'Fabián', 'Duván', 'Camilo'],
  },
  {
    country: 'EC', weight: 10, languages: spanishNative, authorisation: [['citizen', 1]],
    femaleNames: ['María José', 'Mishell', 'Gabriela', 'Nathaly'],
    maleNames: ['Segundo', 'Kevin', 'Byron', 'Washington'],
  },
  {
    country: 'PE', weight: 3, languages: spanishNative, authorisation: [['temporary_resident', 1]],
    femaleNames: ['Milagros', 'Rosa'], maleNames: ['Percy', 'Wilber'],
  },
  {
    country: 'CU', weight: 4, languages: spanishNative, authorisation: [['humanitarian_visa', 1], ['asylum_seeker', 1], ['irregular', 1]],
    femaleNames: ['Yanelis', 'Yaquelín'], maleNames: ['Yoandri', 'Osniel'],
  },
  {
    country: 'HT', weight: 4,
    languages: (rng) => [{ tag: 'ht', level: 'native' }, { tag: 'fr', level: 'B2' }, { tag: 'es', level: rng.pick(['A2', 'B1'] as const) }],
    authorisation: [['humanitarian_visa', 1], ['irregular', 1]],
    femaleNames: ['Nadège', 'Fabiola'], maleNames: ['Jean-Baptiste', 'Wisly'],
  },
  {
    country: 'AF', weight: 4,
    languages: (rng) => [{ tag: 'prs', level: 'native' }, { tag: 'es', level: rng.pick(['A1', 'A2'] as const) }, ...(rng.chance(0.5) ? [{ tag: 'en', level: 'B1' as const }] : [])],
    authorisation: [['refugee', 1], ['asylum_seeker', 1]],
    femaleNames: ['Zahra', 'Maryam'], maleNames: ['Ahmad', 'Farid'],
  },
];

/** Facts of a restricted record the case manager would record for this kind of status. */
export function restrictedFor(rng: Rng, kind: Authorisation, today: string): Pick<RestrictedRecordInput, 'authorisationKind' | 'allowsWork' | 'expiresOn'> {
  switch (kind) {
    case 'humanitarian_visa':
      return { authorisationKind: kind, expiresOn: addDays(today, rng.int(60, 720)) };
    case 'temporary_resident':
      // Ecuador's temporary residence visas allow work.
      return { authorisationKind: kind, allowsWork: true, expiresOn: addDays(today, rng.int(180, 720)) };
    case 'refugee':
      return { authorisationKind: kind, expiresOn: addDays(today, rng.int(365, 1000)) };
    case 'asylum_seeker':
      // Some hold a provisional work authorisation while their claim is decided; most do not.
      return { authorisationKind: kind, allowsWork: rng.chance(0.3) };
    default:
      return { authorisationKind: kind };
  }
}

const QUALIFICATIONS = [
  { title: 'Bachiller', eqf: 4, field: undefined },
  { title: 'Técnico Superior', eqf: 5, field: 'Administración' },
  { title: 'Licenciatura', eqf: 6, field: 'Educación' },
  { title: 'Técnico Medio', eqf: 3, field: 'Comercio' },
] as const;
const RECOGNITION = [['not_recognised', 4], ['undocumented', 3], ['in_progress', 2], ['recognised', 1]] as const;

/** One generated person: a profile as a case manager records it over a first counselling session. */
export function generatePerson(rng: Rng, n: number, today: string): DemoPerson {
  const origin = rng.weighted(ORIGINS.map((o) => [o, o.weight] as const));
  const female = rng.chance(0.55);
  const first = rng.pick(female ? origin.femaleNames : origin.maleNames);
  const age = rng.int(18, 58);
  const city = rng.weighted(CITY_WEIGHTS);
  const background: DemoOccupation | null = rng.chance(0.85) ? rng.weighted(OCCUPATIONS.map((o) => [o, o.weight] as const)) : null;
  const caresForChildren = age >= 20 && age <= 45 && rng.chance(female ? 0.4 : 0.08);
  const afternoonsOnly = caresForChildren && rng.chance(0.25);
  const ref = `demo-person-${String(n).padStart(3, '0')}`;
  const consentScopes = [
    ...(rng.chance(0.97) ? (['matching'] as const) : []),
    ...(rng.chance(0.85) ? (['visible_to_employers'] as const) : []),
    ...(rng.chance(0.8) ? (['shared_with_training_providers'] as const) : []),
  ];
  const profile: ProfileInput = {
    personal: { displayName: `${first} Demo-${String(n).padStart(3, '0')}`, phone: `+593 99 000 ${String(1000 + n)}`, ...(rng.chance(0.5) ? { email: `${ref}@example.invalid` } : {}) },
    skills: background
      ? rng.sample([...background.essential, ...background.optional], rng.int(2, 4)).map((s) => ({
          concept: skillUri(s),
          level: rng.weighted([['basic', 2], ['intermediate', 5], ['advanced', 2]] as const),
          evidence: rng.weighted([['self_declared', 15], ['assessed', 4], ['certified', 1]] as const),
        }))
      : [],
    experience: background ? [{ occupation: background.uri, iscoCode: background.isco, months: rng.int(3, 120), formality: rng.chance(0.6) ? 'informal' : 'formal', country: origin.country }] : [],
    qualifications: rng.chance(0.45)
      ? [(() => {
          const q = rng.pick(QUALIFICATIONS);
          return { title: q.title, eqf: q.eqf, ...(q.field ? { field: q.field } : {}), country: origin.country, recognition: origin.country === 'EC' ? 'recognised' : rng.weighted(RECOGNITION) };
        })()]
      : [],
    languages: origin.languages(rng),
    location: { regionCode: city.regionCode, ...rng.near(city.lat, city.lon, city.spread) },
    transport: {
      modes: ['walk', 'public_transport', ...(rng.chance(0.1) ? (['bicycle'] as const) : []), ...(rng.chance(0.08) ? (['motorbike'] as const) : [])],
      maxCommuteMinutes: rng.pick([30, 45, 45, 60, 60, 75, 90]),
      canUseTransportAllowance: rng.chance(0.85),
    },
    availability: { hours: weekdays(6, 22, [6, 14]) },
    ...(caresForChildren ? { careDuties: { hours: afternoonsOnly ? weekdays(7, 13) : weekdays(14, 20), kinds: ['children' as const] } } : {}),
    digitalAccess: rng.weighted([[{ device: 'smartphone', connectivity: 'mobile_data' }, 7], [{ device: 'none', connectivity: 'none' }, 1], [{ device: 'computer', connectivity: 'broadband' }, 1], [{ device: 'shared', connectivity: 'limited' }, 1]] as const),
    limitedMobility: rng.chance(0.03),
    needsIncomeDuringTraining: rng.chance(0.65),
    earliestStart: addDays(today, rng.chance(0.6) ? 0 : rng.int(7, 30)),
    aspirations: {
      ...(background && rng.chance(0.7) ? { preferredOccupations: [{ occupation: background.uri, iscoCode: background.isco }] } : {}),
      preferredPathway: rng.weighted([['job', 55], ['training', 20], ['apprenticeship', 15], ['self_employment', 10]] as const),
      ...(rng.chance(0.05) ? { excludedSectors: ['F41'] } : {}),
    },
    consent: { scopes: consentScopes, givenAt: addDays(today, -rng.int(0, 60)) },
  };
  return {
    ref,
    profile,
    restricted: {
      ...restrictedFor(rng, rng.weighted(origin.authorisation), today),
      nationality: origin.country,
      gender: female ? 'female' : 'male',
      dateOfBirth: addDays(today, -(age * 365 + rng.int(0, 364))),
    },
  };
}
