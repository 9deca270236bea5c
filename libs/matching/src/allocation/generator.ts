import { AllocationInput } from './types';

/**
 * mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Seeded and pure, so benchmark and test instances
 * are reproducible bit for bit (Math.random is neither).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded job-fair instance shaped like the scorer's output: every attendee has `edgesPerAttendee`
 * distinct candidate opportunities (their top-k), drawn with a popularity skew (a few employers attract
 * many attendees, so capacities bind), scores in 0..100 with two decimals built from an attendee
 * strength, an opportunity attractiveness and pair noise. Same arguments -> identical instance.
 */
export function generateFairInstance(
  seed: number,
  attendees: number,
  opportunities: number,
  slots: number,
  cap: number,
  edgesPerAttendee: number,
): AllocationInput {
  const rand = mulberry32(seed);
  const k = Math.min(edgesPerAttendee, opportunities);
  const appeal = new Float64Array(opportunities);
  for (let o = 0; o < opportunities; o++) appeal[o] = rand();
  const E = attendees * k;
  const edgeAttendee = new Int32Array(E);
  const edgeOpportunity = new Int32Array(E);
  const edgeScore = new Float64Array(E);
  const pickedBy = new Int32Array(opportunities).fill(-1);
  let e = 0;
  for (let a = 0; a < attendees; a++) {
    const strength = rand();
    for (let j = 0; j < k; j++) {
      // Squaring skews picks towards low indices: opportunity 0 is the most popular.
      let o = Math.floor(rand() * rand() * opportunities);
      while (pickedBy[o] === a) o = o + 1 === opportunities ? 0 : o + 1;
      pickedBy[o] = a;
      const raw = 25 * strength + 35 * appeal[o] + 40 * rand();
      edgeAttendee[e] = a;
      edgeOpportunity[e] = o;
      edgeScore[e] = Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100;
      e++;
    }
  }
  return {
    attendeeCount: attendees,
    opportunityCount: opportunities,
    opportunitySlots: new Int32Array(opportunities).fill(slots),
    perAttendeeCap: cap,
    minScore: 0,
    edgeAttendee,
    edgeOpportunity,
    edgeScore,
  };
}
