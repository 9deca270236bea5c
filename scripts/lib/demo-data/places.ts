/**
 * Ecuadorian cities the demo places people and opportunities in: city centres (WGS84), ISO 3166-2:EC
 * province codes, and a relative weight (roughly where migrants and returnees live and work: the two
 * big cities first, then the northern and southern border crossings and the coast).
 */
export interface City {
  key: string;
  name: string;
  regionCode: string;
  lat: number;
  lon: number;
  weight: number;
  /** How far (degrees) homes and workplaces spread around the centre: ~1 km per 0.01. */
  spread: number;
}

export const CITIES = {
  quito: { key: 'quito', name: 'Quito', regionCode: 'EC-P', lat: -0.2201, lon: -78.5123, weight: 30, spread: 0.06 },
  guayaquil: { key: 'guayaquil', name: 'Guayaquil', regionCode: 'EC-G', lat: -2.1894, lon: -79.8891, weight: 26, spread: 0.06 },
  cuenca: { key: 'cuenca', name: 'Cuenca', regionCode: 'EC-A', lat: -2.9006, lon: -79.0045, weight: 9, spread: 0.03 },
  manta: { key: 'manta', name: 'Manta', regionCode: 'EC-M', lat: -0.9677, lon: -80.7089, weight: 6, spread: 0.03 },
  santoDomingo: { key: 'santoDomingo', name: 'Santo Domingo', regionCode: 'EC-SD', lat: -0.2530, lon: -79.1754, weight: 6, spread: 0.03 },
  ibarra: { key: 'ibarra', name: 'Ibarra', regionCode: 'EC-I', lat: 0.3517, lon: -78.1223, weight: 5, spread: 0.025 },
  lagoAgrio: { key: 'lagoAgrio', name: 'Lago Agrio', regionCode: 'EC-U', lat: 0.0847, lon: -76.8828, weight: 5, spread: 0.02 },
  huaquillas: { key: 'huaquillas', name: 'Huaquillas', regionCode: 'EC-O', lat: -3.4761, lon: -80.2308, weight: 5, spread: 0.02 },
  tulcan: { key: 'tulcan', name: 'Tulcán', regionCode: 'EC-C', lat: 0.8116, lon: -77.7173, weight: 5, spread: 0.02 },
  esmeraldas: { key: 'esmeraldas', name: 'Esmeraldas', regionCode: 'EC-E', lat: 0.9682, lon: -79.6517, weight: 3, spread: 0.02 },
} as const satisfies Record<string, City>;

export type CityKey = keyof typeof CITIES;
export const CITY_LIST: readonly City[] = Object.values(CITIES);
export const CITY_WEIGHTS: readonly (readonly [City, number])[] = CITY_LIST.map((c) => [c, c.weight] as const);
