/** Small integer codes and bit flags used by the compiled indexes. */
import type { Evidence, OpportunityKind, Pathway, Recognition } from '../model';

export const KIND_CODE: Readonly<Record<OpportunityKind, number>> = { job: 0, apprenticeship: 1, training: 2 };
export const KIND_BY_CODE: readonly OpportunityKind[] = ['job', 'apprenticeship', 'training'];
/** Bit per kind for the `kinds` filter. */
export const kindBit = (code: number): number => 1 << code;
export const ALL_KINDS_MASK = 0b111;

export const PATHWAY_CODE: Readonly<Record<Pathway, number>> = {
  job: 0,
  apprenticeship: 1,
  training: 2,
  self_employment: 3,
};

export const EVIDENCE_CODE: Readonly<Record<Evidence, number>> = { self_declared: 0, assessed: 1, certified: 2 };
export const RECOGNITION_CODE: Readonly<Record<Recognition, number>> = {
  recognised: 0,
  in_progress: 1,
  not_recognised: 2,
  undocumented: 3,
};
export const RECOGNITION_BY_CODE: readonly Recognition[] = ['recognised', 'in_progress', 'not_recognised', 'undocumented'];

/** Opportunity flags (Uint32 per slot). */
export const OF_REMOTE = 1 << 0;
export const OF_HYBRID = 1 << 1;
export const OF_HAS_LOCATION = 1 << 2;
export const OF_CHILDCARE = 1 << 3;
export const OF_TRANSPORT_ALLOWANCE = 1 << 4;
export const OF_STIPEND = 1 << 5;
export const OF_LANGUAGE_SUPPORT = 1 << 6;
export const OF_ACCESSIBLE = 1 << 7;
export const OF_DEVICE_LOAN = 1 << 8;
export const OF_REQUIRES_WORK = 1 << 9;
export const OF_ADULTS_ONLY = 1 << 10;
export const OF_ACCEPTS_UNRECOGNISED = 1 << 11;
export const OF_SELF_EMPLOYMENT = 1 << 12;
export const OF_OPEN = 1 << 13;
export const OF_LIVE = 1 << 14;
/** Work at the person's home, not online: no commute, no device, nothing to make accessible. */
export const OF_HOME_BASED = 1 << 15;
/** Some sessions are online (remote always; hybrid unless its online hours are stated as none). */
export const OF_ONLINE_SESSIONS = 1 << 16;
/** No journey to make: remote or home-based. Such opportunities sit outside the spatial grid. */
export const OF_NO_COMMUTE = OF_REMOTE | OF_HOME_BASED;

/** Person flags (Uint16 per slot). */
export const PF_ALLOWANCE_OK = 1 << 0;
export const PF_DEVICE = 1 << 1;
export const PF_CONNECTIVITY = 1 << 2;
export const PF_LIMITED_MOBILITY = 1 << 3;
export const PF_NEEDS_INCOME = 1 << 4;
export const PF_MAY_WORK = 1 << 5;
export const PF_MAY_TRAIN = 1 << 6;
export const PF_ADULT = 1 << 7;
export const PF_AVAILABILITY_STATED = 1 << 8;
export const PF_LIVE = 1 << 9;

/**
 * Eligibility requirements as bits: an opportunity's `needs` against a person's `lacks`, so the six
 * flag gates are one AND per pair. Each bit is the gate's own bit in gates.ts (GATE_REASONS order), so
 * `needs & lacks` is already that part of the gate mask.
 */
export const REQ_OPEN = 1 << 0; // not_open: every person "lacks" it, so a closed opportunity always gates
export const REQ_WORK_PERMIT = 1 << 1; // not_authorised_work
export const REQ_TRAINING_PERMIT = 1 << 2; // not_authorised_training
export const REQ_ADULT = 1 << 5; // minimum_age
export const REQ_DIGITAL = 1 << 11; // no_digital_access
export const REQ_STEP_FREE = 1 << 12; // not_accessible
/** Grid tag only (capacity_full's bit): set while an opportunity is full; every person's grid query masks it. */
export const REQ_SEAT = 1 << 7;

/** What an opportunity with these flags and kind requires (same rules as the gates spell out). */
export function opportunityNeeds(flags: number, kind: number): number {
  let n = 0;
  if (!(flags & OF_OPEN)) n |= REQ_OPEN;
  if (flags & OF_REQUIRES_WORK) n |= REQ_WORK_PERMIT;
  if (kind !== KIND_CODE.job) n |= REQ_TRAINING_PERMIT;
  if (flags & OF_ADULTS_ONLY) n |= REQ_ADULT;
  // Online sessions need a device and connectivity unless the provider lends a device; on-site and
  // home-based sessions need neither (the digital gate applies to the online sessions only).
  if (flags & OF_ONLINE_SESSIONS && !(flags & OF_DEVICE_LOAN)) n |= REQ_DIGITAL;
  // Limited mobility needs an accessible place, unless there is no place to go to (remote, home-based).
  if (!(flags & OF_NO_COMMUTE) && !(flags & OF_ACCESSIBLE)) n |= REQ_STEP_FREE;
  return n;
}

/** What a person with these flags lacks (the requirements they cannot meet). */
export function personLacks(flags: number): number {
  let l = REQ_OPEN;
  if (!(flags & PF_MAY_WORK)) l |= REQ_WORK_PERMIT;
  if (!(flags & PF_MAY_TRAIN)) l |= REQ_TRAINING_PERMIT;
  if (!(flags & PF_ADULT)) l |= REQ_ADULT;
  if ((flags & (PF_DEVICE | PF_CONNECTIVITY)) !== (PF_DEVICE | PF_CONNECTIVITY)) l |= REQ_DIGITAL;
  if (flags & PF_LIMITED_MOBILITY) l |= REQ_STEP_FREE;
  return l;
}
