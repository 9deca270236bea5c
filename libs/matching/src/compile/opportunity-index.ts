/**
 * Opportunities compiled once into struct-of-arrays form (one typed array per field, indexed by slot) so
 * that scoring a pair reads numbers and allocates nothing. Upsert/remove are incremental: the scorer
 * applies `opportunity.changed` events as they arrive. `version` counts changes so results can be stored
 * with the index version they were computed at.
 */
import { DEFAULT_REPLACEMENT_WINDOW_FRACTION, type EngineOpportunity, type RequiredSkill, type WeekGrid } from '../model';
import { cosLatitude } from '../geo';
import type { DemandParts } from '../demand';
import { grow } from '../store/grow';
import { RaggedStore } from '../store/ragged-store';
import { SlotMap } from '../store/slot-map';
import { SlotSet } from '../store/slot-set';
import { DEFAULT_CELL_DEGREES, SpatialGrid, type DayValues } from '../store/spatial-grid';
import { GRID_WORDS, popcount32, writeGridWords } from '../week-grid';
import { iscoToInt, type Vocabulary } from '../vocabulary';
import { inCellOrder } from './cell-order';
import * as C from './codes';

/** Looks up the 0..1 market demand of an occupation in a region (see demand.ts). */
export type DemandLookup = (occupationId: number | null, iscoGroup: string | null, regionCode: string | null) => number;
/** The same lookup with the signals it combines (`DemandIndex.parts`). */
export type DemandPartsLookup = (occupationId: number | null, iscoGroup: string | null, regionCode: string | null) => DemandParts;

/** Stride of a required-skill record: [skillId, level 1..3, parent skill or -1, group or -1]. */
export const REQ_STRIDE = 4;

export class OpportunityIndex {
  readonly slots = new SlotMap();
  /** Bumped on every upsert/remove/demand refresh. */
  version = 0;
  cap = 0;

  kind = new Uint8Array(0);
  flags = new Uint32Array(0);
  /** Eligibility requirement bits (codes.ts `opportunityNeeds`), derived from flags and kind. */
  needs = new Uint16Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  /** cos(latitude), precomputed for the haversine. */
  cosLat = new Float64Array(0);
  region = new Int32Array(0);
  occupation = new Int32Array(0);
  isco = new Int32Array(0);
  sector = new Int32Array(0);
  minEqf = new Int8Array(0);
  schedule = new Uint32Array(0);
  scheduleHours = new Uint8Array(0);
  hoursPerWeek = new Float32Array(0);
  start = new Float64Array(0);
  /** Infinity when open-ended. */
  end = new Float64Array(0);
  /** Infinity when no deadline. */
  deadline = new Float64Array(0);
  capacity = new Int32Array(0);
  booked = new Int32Array(0);
  replacementFraction = new Float32Array(0);
  /** Last day a person can join (programmes: start + replacement window; jobs: Infinity), as the gates compute it. */
  joinBy = new Float64Array(0);
  demand = new Float32Array(0);

  readonly essential = new RaggedStore(REQ_STRIDE);
  readonly optional = new RaggedStore(REQ_STRIDE);
  /** Per required skill, its key in a person's dense skill table (skillId x 3 + level - 1; -1 none): one read each. */
  readonly essentialKeys = new RaggedStore(1);
  readonly optionalKeys = new RaggedStore(1);
  /** [languageId, level, hard 0/1]. */
  readonly languages = new RaggedStore(3);
  /** [authorisationKindId]. */
  readonly authKinds = new RaggedStore(1);
  /** [skillId, level]. */
  readonly conferred = new RaggedStore(2);

  readonly grid: SpatialGrid;
  /** Remote and home-based opportunities: no journey, so reachable from anywhere, outside the spatial grid. */
  readonly remote = new SlotSet();
  /** Non-remote opportunities without a location: always candidates (commute unknown). */
  readonly unlocated = new SlotSet();

  /** Source objects, kept for explanations and pathways (not read in the hot loop). */
  readonly source: Array<EngineOpportunity | null> = [];

  constructor(
    readonly vocab: Vocabulary,
    private demandLookup: DemandLookup = () => 0,
    cellDegrees: number = DEFAULT_CELL_DEGREES,
    private demandParts: DemandPartsLookup | null = null,
  ) {
    this.grid = new SpatialGrid(cellDegrees);
  }

  get size(): number {
    return this.slots.size;
  }
  slotOf(id: string): number {
    return this.slots.get(id);
  }
  idOf(slot: number): string {
    return this.slots.ids[slot] as string;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, this.cap * 2, 64);
    this.kind = grow(this.kind, cap);
    this.flags = grow(this.flags, cap);
    this.needs = grow(this.needs, cap);
    this.lat = grow(this.lat, cap);
    this.lon = grow(this.lon, cap);
    this.cosLat = grow(this.cosLat, cap);
    this.region = grow(this.region, cap);
    this.occupation = grow(this.occupation, cap);
    this.isco = grow(this.isco, cap);
    this.sector = grow(this.sector, cap);
    this.minEqf = grow(this.minEqf, cap);
    this.schedule = grow(this.schedule, cap * GRID_WORDS);
    this.scheduleHours = grow(this.scheduleHours, cap);
    this.hoursPerWeek = grow(this.hoursPerWeek, cap);
    this.start = grow(this.start, cap);
    this.end = grow(this.end, cap);
    this.deadline = grow(this.deadline, cap);
    this.capacity = grow(this.capacity, cap);
    this.booked = grow(this.booked, cap);
    this.replacementFraction = grow(this.replacementFraction, cap);
    this.joinBy = grow(this.joinBy, cap);
    this.demand = grow(this.demand, cap);
    this.cap = cap;
  }

  upsert(o: EngineOpportunity): number {
    const { slot } = this.slots.acquire(o.id);
    this.ensure(slot + 1);
    const v = this.vocab;
    const s = o.supports;
    let f = C.OF_LIVE;
    if (o.mode === 'remote') f |= C.OF_REMOTE | C.OF_ONLINE_SESSIONS;
    if (o.mode === 'home_based') f |= C.OF_HOME_BASED;
    if (o.mode === 'hybrid') {
      f |= C.OF_HYBRID;
      // Online hours stated: online sessions exist when any of them is scheduled; not stated: assume some.
      if (!hasAnyHour(o.onlineSchedule) || intersects(o.onlineSchedule!, o.schedule)) f |= C.OF_ONLINE_SESSIONS;
    }
    if (o.location) f |= C.OF_HAS_LOCATION;
    if (s.childcare) f |= C.OF_CHILDCARE;
    if (s.transportAllowance) f |= C.OF_TRANSPORT_ALLOWANCE;
    if (s.stipend) f |= C.OF_STIPEND;
    if (s.languageSupport) f |= C.OF_LANGUAGE_SUPPORT;
    if (s.accessibility) f |= C.OF_ACCESSIBLE;
    if (s.deviceLoan) f |= C.OF_DEVICE_LOAN;
    // DESIGN: jobs always need work authorisation, whatever the record says.
    if (o.requiresWorkAuthorisation || o.kind === 'job') f |= C.OF_REQUIRES_WORK;
    if (o.adultsOnly) f |= C.OF_ADULTS_ONLY;
    if (o.acceptsUnrecognisedCredentials) f |= C.OF_ACCEPTS_UNRECOGNISED;
    if (o.leadsToSelfEmployment) f |= C.OF_SELF_EMPLOYMENT;
    if (o.status === 'open') f |= C.OF_OPEN;
    this.flags[slot] = f;
    this.kind[slot] = C.KIND_CODE[o.kind];
    this.lat[slot] = o.location?.lat ?? 0;
    this.cosLat[slot] = cosLatitude(this.lat[slot]);
    this.lon[slot] = o.location?.lon ?? 0;
    this.region[slot] = o.location ? v.regions.id(o.location.regionCode) : -1;
    this.occupation[slot] = o.occupationId ?? -1;
    this.isco[slot] = iscoToInt(o.iscoGroup);
    this.sector[slot] = v.sectors.id(o.sector);
    this.minEqf[slot] = o.minEqf ?? 0;
    writeGridWords(o.schedule, this.schedule, slot * GRID_WORDS);
    let hours = 0;
    for (let w = 0; w < GRID_WORDS; w++) hours += popcount32(this.schedule[slot * GRID_WORDS + w]);
    this.scheduleHours[slot] = hours;
    this.hoursPerWeek[slot] = o.hoursPerWeek;
    this.start[slot] = o.startDate;
    this.end[slot] = o.endDate ?? (o.durationWeeks ? o.startDate + 7 * o.durationWeeks : Infinity);
    this.deadline[slot] = o.applicationDeadline ?? Infinity;
    this.capacity[slot] = o.capacity;
    this.booked[slot] = o.booked;
    this.replacementFraction[slot] = o.replacementWindowFraction ?? DEFAULT_REPLACEMENT_WINDOW_FRACTION;
    // From the stored (rounded) values, exactly as the gate computed it per pair before.
    const start = this.start[slot];
    const end = this.end[slot];
    this.joinBy[slot] = this.kind[slot] === C.KIND_CODE.job ? Infinity : end === Infinity ? start : start + this.replacementFraction[slot] * (end - start);
    this.needs[slot] = C.opportunityNeeds(f, this.kind[slot]);
    this.demand[slot] = this.demandLookup(o.occupationId, o.iscoGroup, o.location?.regionCode ?? null);

    this.essential.set(slot, this.requiredSkills(o.essentialSkills));
    this.optional.set(slot, this.requiredSkills(o.optionalSkills));
    this.essentialKeys.set(slot, o.essentialSkills.map(denseKey));
    this.optionalKeys.set(slot, o.optionalSkills.map(denseKey));
    this.languages.set(
      slot,
      o.languageMinimums.flatMap((l) => [v.language(l.tag), l.level, l.hard ? 1 : 0]),
    );
    this.authKinds.set(
      slot,
      o.acceptedAuthorisationKinds.map((k) => v.authorisationKinds.id(k)),
    );
    this.conferred.set(
      slot,
      o.skillsConferred.flatMap((k) => [k.skillId, clampLevel(k.level)]),
    );

    this.grid.remove(slot);
    this.remote.delete(slot);
    this.unlocated.delete(slot);
    if (o.mode === 'remote' || o.mode === 'home_based') this.remote.add(slot);
    else if (o.location) this.grid.insert(slot, o.location.lat, o.location.lon, this.cosLat[slot], Infinity, this.gridTag(slot), this.gridDays(slot));
    else this.unlocated.add(slot);

    this.source[slot] = o;
    this.version++;
    return slot;
  }

  /**
   * Bulk load (start-up, reload): upserts in grid-cell order so a cell's slots are adjacent in memory
   * (compile/cell-order.ts). Later single upserts stay correct, they just land wherever a slot is free.
   */
  upsertMany(opportunities: readonly EngineOpportunity[]): void {
    for (const o of inCellOrder(opportunities, this.grid)) this.upsert(o);
  }

  remove(id: string): boolean {
    const slot = this.slots.release(id);
    if (slot < 0) return false;
    this.flags[slot] = 0;
    this.needs[slot] = C.opportunityNeeds(0, this.kind[slot]);
    this.grid.remove(slot);
    this.remote.delete(slot);
    this.unlocated.delete(slot);
    this.essential.clear(slot);
    this.optional.clear(slot);
    this.essentialKeys.clear(slot);
    this.optionalKeys.clear(slot);
    this.languages.clear(slot);
    this.authKinds.clear(slot);
    this.conferred.clear(slot);
    this.source[slot] = null;
    this.version++;
    return true;
  }

  /** A seat was booked or freed: cheaper than a full upsert. */
  setBooked(id: string, booked: number): void {
    const slot = this.slots.get(id);
    if (slot < 0) return;
    this.booked[slot] = booked;
    this.grid.setTag(slot, this.gridTag(slot));
    const src = this.source[slot];
    if (src) this.source[slot] = { ...src, booked };
    this.version++;
  }

  /** What the grid keeps to drop flag-gated and full opportunities while scanning (candidates.ts). */
  private gridTag(slot: number): number {
    return this.needs[slot] | (this.booked[slot] >= this.capacity[slot] ? C.REQ_SEAT : 0);
  }

  /**
   * The date gates' operands, as the grid compares them with a person's (candidates.ts): -start (the
   * authorisation must last until the start), the last day it takes people (deadline or late-join day),
   * the late-join day (the person must be available by then).
   */
  private gridDays(slot: number): DayValues {
    return [-this.start[slot], Math.min(this.deadline[slot], this.joinBy[slot]), this.joinBy[slot]];
  }

  /**
   * Re-read every opportunity's demand after the demand index was recomputed. `parts` (the index's
   * `DemandIndex.parts`) lets explanations show what a value is made of (`demandPartsOf`).
   */
  refreshDemand(lookup: DemandLookup, parts?: DemandPartsLookup): void {
    this.demandLookup = lookup;
    this.demandParts = parts ?? null;
    for (let slot = 0; slot < this.slots.highWater; slot++) {
      const o = this.source[slot];
      if (o) this.demand[slot] = lookup(o.occupationId, o.iscoGroup, o.location?.regionCode ?? null);
    }
    this.version++;
  }

  /** What opportunity `oi`'s demand value is made of (explanations only: it looks the index up again). */
  demandPartsOf(oi: number): DemandParts {
    const o = this.source[oi];
    const value = this.demand[oi];
    if (o && this.demandParts) {
      const p = this.demandParts(o.occupationId, o.iscoGroup, o.location?.regionCode ?? null);
      // The stored value is what was scored; the parts are as of the same refresh.
      return { ...p, value };
    }
    return { value, vacancySignal: value, weightedOpenings: 0, indicator: null };
  }

  private requiredSkills(list: RequiredSkill[]): number[] {
    const rel = this.vocab.relatedness;
    const out: number[] = [];
    for (const r of list) out.push(r.skillId, clampLevel(r.level), rel.parentOf(r.skillId), rel.groupOf(r.skillId));
    return out;
  }
}

function hasAnyHour(g: WeekGrid | null | undefined): boolean {
  return !!g && g.some((b) => b !== 0);
}

function intersects(a: WeekGrid, b: WeekGrid): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if ((a[i] & b[i]) !== 0) return true;
  return false;
}

/** A required skill's key in a person's dense skill table (SkillTable.denseTable), -1 when it has none. */
function denseKey(r: RequiredSkill): number {
  // From the id as the row stores it (an Int32Array element).
  return r.skillId >= 0 && r.skillId < 2 ** 28 ? (r.skillId | 0) * 3 + clampLevel(r.level) - 1 : -1;
}

/** Required/conferred level 1..3; 0/missing = any level = basic. */
export function clampLevel(level: number | undefined): number {
  if (!level || level < 1) return 1;
  return level > 3 ? 3 : Math.round(level);
}

/** Build an index from a list (tests, batch jobs, the scorer's start-up load), slots in grid-cell order. */
export function compileOpportunities(
  vocab: Vocabulary,
  opportunities: EngineOpportunity[],
  demand?: DemandLookup,
  cellDegrees?: number,
): OpportunityIndex {
  const idx = new OpportunityIndex(vocab, demand, cellDegrees);
  idx.upsertMany(opportunities);
  return idx;
}
