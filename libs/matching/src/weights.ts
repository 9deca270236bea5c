/**
 * Component weights. Defaults live in code so that every deployment starts from the same documented
 * numbers; deployments and single requests override them through `mergeWeights`.
 */

export const COMPONENTS = [
  'skills',
  'experience',
  'language',
  'credentials',
  'logistics',
  'completion',
  'aspiration',
  'demand',
] as const;

export type ComponentName = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentName, number>;

/** Index of each component in the compiled Float64Array forms (weights and component outputs). */
export const C_SKILLS = 0;
export const C_EXPERIENCE = 1;
export const C_LANGUAGE = 2;
export const C_CREDENTIALS = 3;
export const C_LOGISTICS = 4;
export const C_COMPLETION = 5;
export const C_ASPIRATION = 6;
export const C_DEMAND = 7;
export const COMPONENT_COUNT = COMPONENTS.length;

/**
 * Skills dominate (what the person can do now); language and logistics next because the field names them
 * as the main barriers and dropout causes; demand is a small nudge so it never outweighs fit.
 * They sum to 1 for readability; only their ratios matter.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  skills: 0.35,
  experience: 0.1,
  language: 0.12,
  credentials: 0.08,
  logistics: 0.12,
  completion: 0.1,
  aspiration: 0.08,
  demand: 0.05,
});

export class InvalidWeightsError extends Error {}

/** Override some weights; throws InvalidWeightsError on unknown keys, negative/non-finite values or all zero. */
export function mergeWeights(base: Readonly<Weights>, override?: Partial<Weights> | null): Weights {
  const out: Weights = { ...base };
  if (override) {
    for (const [key, value] of Object.entries(override)) {
      if (!(COMPONENTS as readonly string[]).includes(key)) throw new InvalidWeightsError(`unknown weight "${key}"`);
      if (value === undefined) continue;
      out[key as ComponentName] = value;
    }
  }
  let sum = 0;
  for (const name of COMPONENTS) {
    const v = out[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InvalidWeightsError(`weight "${name}" must be a finite non-negative number`);
    }
    sum += v;
  }
  if (sum <= 0) throw new InvalidWeightsError('at least one weight must be positive');
  return out;
}

/** The weights as a Float64Array in component order, for the allocation-free scoring loop. */
export function compileWeights(w: Readonly<Weights>): Float64Array {
  const out = new Float64Array(COMPONENT_COUNT);
  COMPONENTS.forEach((name, i) => (out[i] = w[name]));
  return out;
}
