/**
 * The baseline's data: an opportunity as a table row and a person as query parameters, carrying the
 * same facts the engine's gates read (same precomputations: cosine of the latitude, the Float32
 * replacement fraction and commute maximum, the 168-hour grids), so both sides decide eligibility on
 * the same numbers.
 */
import {
  bestSpeedKmh,
  cosLatitude,
  DEFAULT_REPLACEMENT_WINDOW_FRACTION,
  hasHour,
  HOURS_PER_WEEK,
  LANGUAGE_GATE_GAP,
  MODE_BIT,
  reachKm,
  type EngineOpportunity,
  type EnginePerson,
  type WeekGrid,
} from '@app/matching';

/** Small fixed integer ids for language tags and authorisation kinds (any stable mapping would do). */
class Ids {
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.ids.size + 1));
    return id;
  }
}
const languageIds = new Ids();
const kindIds = new Ids();
const languageId = (tag: string): number => languageIds.id(tag.trim().toLowerCase());

const KIND_CODE = { job: 0, apprenticeship: 1, training: 2 } as const;

export interface OpportunityRow {
  n: number;
  kind: number;
  skills: number[];
  open: boolean;
  capacity: number;
  booked: number;
  deadline: number;
  startDay: number;
  joinBy: number;
  requiresWork: boolean;
  adultsOnly: boolean;
  acceptedKinds: number[];
  isco: number;
  sector: string;
  online: boolean;
  deviceLoan: boolean;
  remote: boolean;
  accessible: boolean;
  located: boolean;
  lat: number;
  lon: number;
  cosLat: number;
  transportAllowance: boolean;
  childcare: boolean;
  schedule: string;
  scheduleHours: number;
  langReq: number[];
}

/** 168 characters '0'/'1' (hour h = day * 24 + hour) for a bit(168) column or parameter. */
export function gridBits(g: WeekGrid, emptyMeansAll = false): string {
  let any = false;
  for (const b of g) if (b) any = true;
  let out = '';
  for (let h = 0; h < HOURS_PER_WEEK; h++) out += (emptyMeansAll && !any) || hasHour(g, h) ? '1' : '0';
  return out;
}

const ones = (bits: string): number => bits.split('').filter((c) => c === '1').length;

/** The numeric part of a generated id ("o00001234" -> 1234): ids are zero-padded, so n order = id order. */
export const idNumber = (id: string): number => Number(id.slice(1));

export function opportunityRow(o: EngineOpportunity): OpportunityRow {
  const start = o.startDate;
  const end = o.endDate ?? (o.durationWeeks ? start + 7 * o.durationWeeks : Infinity);
  // Same float32 rounding of the fraction as the engine's index.
  const fraction = Math.fround(o.replacementWindowFraction ?? DEFAULT_REPLACEMENT_WINDOW_FRACTION);
  const joinBy = o.kind === 'job' ? Infinity : end === Infinity ? start : start + fraction * (end - start);
  const schedule = gridBits(o.schedule);
  const lat = o.location?.lat ?? 0;
  return {
    n: idNumber(o.id),
    kind: KIND_CODE[o.kind],
    skills: [...new Set(o.essentialSkills.map((s) => s.skillId))].sort((a, b) => a - b),
    open: o.status === 'open',
    capacity: o.capacity,
    booked: o.booked,
    deadline: o.applicationDeadline ?? Infinity,
    startDay: start,
    joinBy,
    requiresWork: o.requiresWorkAuthorisation || o.kind === 'job',
    adultsOnly: o.adultsOnly,
    acceptedKinds: o.acceptedAuthorisationKinds.map((k) => kindIds.id(k)),
    isco: o.iscoGroup && /^\d{1,4}$/.test(o.iscoGroup) ? Number(o.iscoGroup) : -1,
    sector: o.sector,
    // Online sessions: remote, or hybrid unless its stated online hours are outside its schedule.
    online: o.mode === 'remote' || (o.mode === 'hybrid' && (!o.onlineSchedule?.some((b) => b !== 0) || o.onlineSchedule.some((b, i) => (b & (o.schedule[i] ?? 0)) !== 0))),
    deviceLoan: o.supports.deviceLoan,
    // No journey: remote or home-based (no commute gate, nothing to make accessible).
    remote: o.mode === 'remote' || o.mode === 'home_based',
    accessible: o.supports.accessibility,
    located: o.location !== null,
    lat,
    lon: o.location?.lon ?? 0,
    cosLat: cosLatitude(lat),
    transportAllowance: o.supports.transportAllowance,
    childcare: o.supports.childcare,
    schedule,
    scheduleHours: ones(schedule),
    // Hard minimums as "language x acceptable level" codes: passes when the person holds every code.
    langReq: o.languageMinimums
      .filter((l) => l.hard && l.level - LANGUAGE_GATE_GAP >= 1)
      .map((l) => languageId(l.tag) * 8 + (l.level - LANGUAGE_GATE_GAP)),
  };
}

/** Query parameters $1..$28 (see queries.ts for their use). */
export function personParams(p: EnginePerson, now: number): unknown[] {
  const e = p.eligibility;
  const exIsco: number[][] = [[], [], [], []];
  const exSectors: string[] = [];
  for (const s of p.aspirations.excludedSectors) {
    if (/^\d{1,4}$/.test(s)) exIsco[s.length - 1].push(Number(s));
    else exSectors.push(s);
  }
  let modes = 0;
  for (const m of p.transport.modes) modes |= MODE_BIT[m] ?? 0;
  const speed = bestSpeedKmh(modes, false);
  const speedAllowance = bestSpeedKmh(modes, p.transport.canUseTransportAllowance);
  const maxCommute = Math.fround(Math.max(0, p.transport.maxCommuteMinutes));
  // Bounding box of the reach, widened so that it is a superset of the exact commute check below.
  const reach = reachKm(maxCommute, Math.max(speed, speedAllowance)) * 1.01 + 0.1;
  const { lat, lon } = p.location;
  const dLat = reach / 111.19;
  const dLon = reach / (111.19 * Math.max(0.01, Math.cos(((Math.abs(lat) + dLat) * Math.PI) / 180)));
  const langOk: number[] = [];
  for (const l of p.languages) for (let v = 1; v <= l.level; v++) langOk.push(languageId(l.tag) * 8 + v);
  return [
    [...new Set(p.skills.map((s) => s.skillId))].sort((a, b) => a - b), // $1
    now, // $2
    e.mayWork, // $3
    e.mayTrain, // $4
    e.authorisationKind === null ? null : kindIds.id(e.authorisationKind), // $5
    e.authorisationEndsAt ?? Infinity, // $6
    e.isAdult, // $7
    p.earliestStart, // $8
    exIsco[0], // $9
    exIsco[1], // $10
    exIsco[2], // $11
    exIsco[3], // $12
    exSectors, // $13
    p.digitalAccess.device && p.digitalAccess.connectivity, // $14
    p.limitedMobility, // $15
    lat, // $16
    lon, // $17
    cosLatitude(lat), // $18
    speed, // $19
    speedAllowance, // $20
    maxCommute, // $21
    gridBits(p.availability, true), // $22 availability (nothing stated = any hour)
    freeBits(p), // $23 availability minus care hours
    [...new Set(langOk)].sort((a, b) => a - b), // $24
    lat - dLat, // $25
    lat + dLat, // $26
    lon - dLon, // $27
    lon + dLon, // $28
  ];
}

function freeBits(p: EnginePerson): string {
  const avail = gridBits(p.availability, true);
  const care = gridBits(p.careHours);
  let out = '';
  for (let h = 0; h < HOURS_PER_WEEK; h++) out += avail[h] === '1' && care[h] === '0' ? '1' : '0';
  return out;
}
