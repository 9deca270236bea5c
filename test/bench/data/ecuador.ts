/**
 * Ecuadorian cities where the synthetic people and opportunities live: coordinates of the centre,
 * approximate urban population (INEC 2022 census order of magnitude) as the sampling weight, and the
 * province code used as the region. Border and coastal cities with many refugees (Lago Agrio, Tulcán,
 * Huaquillas, Esmeraldas) are included on purpose.
 */
import type { GeoPoint } from '@app/matching';
import { cumulative, pickWeighted, type Rng } from './prng';

export interface City {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** ISO 3166-2 province code. */
  region: string;
}

export const CITIES: readonly City[] = [
  { name: 'Guayaquil', lat: -2.1894, lon: -79.8891, population: 2_650_000, region: 'EC-G' },
  { name: 'Quito', lat: -0.1807, lon: -78.4678, population: 2_000_000, region: 'EC-P' },
  { name: 'Cuenca', lat: -2.9001, lon: -79.0059, population: 600_000, region: 'EC-A' },
  { name: 'Santo Domingo', lat: -0.253, lon: -79.1754, population: 460_000, region: 'EC-SD' },
  { name: 'Ambato', lat: -1.2491, lon: -78.6168, population: 390_000, region: 'EC-T' },
  { name: 'Portoviejo', lat: -1.0546, lon: -80.4545, population: 320_000, region: 'EC-M' },
  { name: 'Machala', lat: -3.2581, lon: -79.9554, population: 290_000, region: 'EC-O' },
  { name: 'Manta', lat: -0.9677, lon: -80.7089, population: 260_000, region: 'EC-M' },
  { name: 'Riobamba', lat: -1.6636, lon: -78.6546, population: 260_000, region: 'EC-H' },
  { name: 'Esmeraldas', lat: 0.9682, lon: -79.6517, population: 220_000, region: 'EC-E' },
  { name: 'Ibarra', lat: 0.3517, lon: -78.1223, population: 220_000, region: 'EC-I' },
  { name: 'Loja', lat: -3.9931, lon: -79.2042, population: 210_000, region: 'EC-L' },
  { name: 'Quevedo', lat: -1.0225, lon: -79.4604, population: 200_000, region: 'EC-R' },
  { name: 'Milagro', lat: -2.1346, lon: -79.5873, population: 200_000, region: 'EC-G' },
  { name: 'Latacunga', lat: -0.9352, lon: -78.6155, population: 170_000, region: 'EC-X' },
  { name: 'Babahoyo', lat: -1.8022, lon: -79.5344, population: 150_000, region: 'EC-R' },
  { name: 'Lago Agrio', lat: 0.0847, lon: -76.8828, population: 100_000, region: 'EC-U' },
  { name: 'Tulcán', lat: 0.8119, lon: -77.7173, population: 90_000, region: 'EC-C' },
  { name: 'Huaquillas', lat: -3.4814, lon: -80.2432, population: 60_000, region: 'EC-O' },
];

const CITY_WEIGHTS = cumulative(CITIES.map((c) => c.population));
/** Standard deviation of the jitter around a city centre, in km (most people within ~10 km). */
export const JITTER_KM = 6;
const KM_PER_DEGREE = 111.32;

/** A point in a population-weighted city, jittered around its centre. */
export function randomPlace(r: Rng): GeoPoint {
  const c = CITIES[pickWeighted(r, CITY_WEIGHTS)];
  const dLat = (r.normal() * JITTER_KM) / KM_PER_DEGREE;
  const dLon = (r.normal() * JITTER_KM) / (KM_PER_DEGREE * Math.cos((c.lat * Math.PI) / 180));
  // Rounded to 1e-5 degrees (~1 m): coarse like stored profiles, and exact through SQL text.
  return { lat: round5(c.lat + dLat), lon: round5(c.lon + dLon), regionCode: c.region };
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
