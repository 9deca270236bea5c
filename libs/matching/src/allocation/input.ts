import { AllocationInput } from './types';

export interface EdgeLike {
  readonly attendee: number;
  readonly opportunity: number;
  readonly score: number;
}

export interface AllocationInputSpec {
  readonly attendeeCount: number;
  /** Slots per opportunity; its length is the opportunity count. */
  readonly opportunitySlots: ArrayLike<number>;
  readonly perAttendeeCap: number;
  readonly minScore?: number;
  readonly edges: Iterable<EdgeLike>;
}

/** Convenience builder for callers (and tests) that hold plain objects. */
export function buildAllocationInput(spec: AllocationInputSpec): AllocationInput {
  const edges = Array.from(spec.edges);
  const input: AllocationInput = {
    attendeeCount: spec.attendeeCount,
    opportunityCount: spec.opportunitySlots.length,
    opportunitySlots: Int32Array.from(spec.opportunitySlots),
    perAttendeeCap: spec.perAttendeeCap,
    minScore: spec.minScore ?? 0,
    edgeAttendee: Int32Array.from(edges, (e) => e.attendee),
    edgeOpportunity: Int32Array.from(edges, (e) => e.opportunity),
    edgeScore: Float64Array.from(edges, (e) => e.score),
  };
  validateAllocationInput(input);
  return input;
}

/** Throws a RangeError naming the first problem; garbage in must not become a silent misallocation. */
export function validateAllocationInput(input: AllocationInput): void {
  const { attendeeCount: A, opportunityCount: O } = input;
  if (!Number.isInteger(A) || A < 0) throw new RangeError(`attendeeCount must be a non-negative integer, got ${A}`);
  if (!Number.isInteger(O) || O < 0) throw new RangeError(`opportunityCount must be a non-negative integer, got ${O}`);
  if (input.opportunitySlots.length !== O) {
    throw new RangeError(`opportunitySlots has ${input.opportunitySlots.length} entries for ${O} opportunities`);
  }
  for (let o = 0; o < O; o++) {
    if (input.opportunitySlots[o] < 0) throw new RangeError(`opportunity ${o} has negative slots`);
  }
  if (!Number.isInteger(input.perAttendeeCap) || input.perAttendeeCap < 0) {
    throw new RangeError(`perAttendeeCap must be a non-negative integer, got ${input.perAttendeeCap}`);
  }
  if (!Number.isFinite(input.minScore)) throw new RangeError(`minScore must be finite, got ${input.minScore}`);
  const E = input.edgeAttendee.length;
  if (input.edgeOpportunity.length !== E || input.edgeScore.length !== E) {
    throw new RangeError('edgeAttendee, edgeOpportunity and edgeScore must have the same length');
  }
  for (let i = 0; i < E; i++) {
    const a = input.edgeAttendee[i];
    const o = input.edgeOpportunity[i];
    const s = input.edgeScore[i];
    if (a < 0 || a >= A) throw new RangeError(`edge ${i}: attendee ${a} out of range 0..${A - 1}`);
    if (o < 0 || o >= O) throw new RangeError(`edge ${i}: opportunity ${o} out of range 0..${O - 1}`);
    // Scores are the engine's 0..100 contract; the coverage bonus and integer scaling rely on it.
    if (!(s >= 0 && s <= 100)) throw new RangeError(`edge ${i}: score ${s} outside 0..100`);
  }
}
