/**
 * People compiled into struct-of-arrays form, upserted incrementally like opportunities. Used twice:
 * a one-person index for "rank options for Mayerlin", and the full index with its own spatial grid for
 * the employer view (one opportunity against many people).
 */
import type { EnginePerson } from '../model';
import { bestSpeedKmh, cosLatitude, MODE_BIT, MODE_SPEED_KMH, reachKm } from '../geo';
import { grow } from '../store/grow';
import { RaggedStore } from '../store/ragged-store';
import { SlotMap } from '../store/slot-map';
import { DEFAULT_CELL_DEGREES, SpatialGrid } from '../store/spatial-grid';
import { GRID_WORDS, popcount32, writeGridWords } from '../week-grid';
import { iscoToInt, type Vocabulary } from '../vocabulary';
import * as C from './codes';
import { clampLevel } from './opportunity-index';

/** Values per experience record. */
export const EXPERIENCE_STRIDE = 5;

/** Excluded-sector record kinds. */
export const EXCL_ISCO_PREFIX = 0;
export const EXCL_SECTOR = 1;

export class PersonIndex {
  readonly slots = new SlotMap();
  version = 0;
  cap = 0;

  flags = new Uint16Array(0);
  /** Eligibility requirements the person cannot meet (codes.ts `personLacks`), derived from flags. */
  lacks = new Uint16Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  /** cos(latitude), precomputed for the haversine. */
  cosLat = new Float64Array(0);
  region = new Int32Array(0);
  modeMask = new Uint8Array(0);
  /** The person's commute maximum in minutes. */
  maxCommute = new Float32Array(0);
  /** Effective availability words: every hour of the week when the person did not state any. */
  availability = new Uint32Array(0);
  care = new Uint32Array(0);
  /** availability & ~care: the hours free without childcare (precomputed: the schedule check is per pair). */
  free = new Uint32Array(0);
  /** Hours in `free` and in `availability` (i.e. with childcare freeing care hours). */
  freeHours = new Uint8Array(0);
  availableHours = new Uint8Array(0);
  authKind = new Int32Array(0);
  /** Infinity when the authorisation does not end. */
  authEnds = new Float64Array(0);
  earliestStart = new Float64Array(0);
  /** -1 = no preference, else PATHWAY_CODE. */
  pathway = new Int8Array(0);

  /** [skillId, level 1..3, evidence code]. */
  readonly skills = new RaggedStore(3);
  /** [occupationId, isco unit group int, months, formal 0/1, abroad 0/1] (EXPERIENCE_STRIDE). */
  readonly experience = new RaggedStore(EXPERIENCE_STRIDE);
  /** [eqf, recognition code]. */
  readonly qualifications = new RaggedStore(2);
  /** [languageId, level]. */
  readonly languages = new RaggedStore(2);
  /** [EXCL_ISCO_PREFIX, prefix value, prefix length] or [EXCL_SECTOR, sector id, 0]. */
  readonly excluded = new RaggedStore(3);
  /** [occupationId]. */
  readonly preferredOccupations = new RaggedStore(1);
  /** [prefix value, prefix length]. */
  readonly preferredIsco = new RaggedStore(2);
  /** Preferred sectors, as excluded sectors are kept: [EXCL_ISCO_PREFIX, prefix, length] or [EXCL_SECTOR, sector id, 0]. */
  readonly preferredSectors = new RaggedStore(3);

  readonly grid: SpatialGrid;
  /** Largest straight-line reach of anyone indexed (conservative: never shrinks). */
  maxReachKm = 0;

  constructor(
    readonly vocab: Vocabulary,
    cellDegrees: number = DEFAULT_CELL_DEGREES,
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
    const cap = Math.max(n, this.cap * 2, 16);
    this.flags = grow(this.flags, cap);
    this.lacks = grow(this.lacks, cap);
    this.lat = grow(this.lat, cap);
    this.lon = grow(this.lon, cap);
    this.cosLat = grow(this.cosLat, cap);
    this.region = grow(this.region, cap);
    this.modeMask = grow(this.modeMask, cap);
    this.maxCommute = grow(this.maxCommute, cap);
    this.availability = grow(this.availability, cap * GRID_WORDS);
    this.care = grow(this.care, cap * GRID_WORDS);
    this.free = grow(this.free, cap * GRID_WORDS);
    this.freeHours = grow(this.freeHours, cap);
    this.availableHours = grow(this.availableHours, cap);
    this.authKind = grow(this.authKind, cap);
    this.authEnds = grow(this.authEnds, cap);
    this.earliestStart = grow(this.earliestStart, cap);
    this.pathway = grow(this.pathway, cap);
    this.cap = cap;
  }

  upsert(p: EnginePerson): number {
    const { slot } = this.slots.acquire(p.id);
    this.ensure(slot + 1);
    const v = this.vocab;
    const e = p.eligibility;
    let f = C.PF_LIVE;
    if (p.transport.canUseTransportAllowance) f |= C.PF_ALLOWANCE_OK;
    if (p.digitalAccess.device) f |= C.PF_DEVICE;
    if (p.digitalAccess.connectivity) f |= C.PF_CONNECTIVITY;
    if (p.limitedMobility) f |= C.PF_LIMITED_MOBILITY;
    if (p.needsIncomeDuringTraining) f |= C.PF_NEEDS_INCOME;
    if (e.mayWork) f |= C.PF_MAY_WORK;
    if (e.mayTrain) f |= C.PF_MAY_TRAIN;
    if (e.isAdult) f |= C.PF_ADULT;
    writeGridWords(p.availability, this.availability, slot * GRID_WORDS);
    writeGridWords(p.careHours, this.care, slot * GRID_WORDS);
    const b = slot * GRID_WORDS;
    for (let w = 0; w < GRID_WORDS; w++) if (this.availability[b + w] !== 0) f |= C.PF_AVAILABILITY_STATED;
    // Nothing stated = any hour (missing data must not exclude anyone): 168 = 5 x 32 + 8 bits.
    if (!(f & C.PF_AVAILABILITY_STATED)) for (let w = 0; w < GRID_WORDS; w++) this.availability[b + w] = w < 5 ? 0xffffffff : 0xff;
    let freeHours = 0;
    let availableHours = 0;
    for (let w = 0; w < GRID_WORDS; w++) {
      this.free[b + w] = this.availability[b + w] & ~this.care[b + w];
      freeHours += popcount32(this.free[b + w]);
      availableHours += popcount32(this.availability[b + w]);
    }
    this.freeHours[slot] = freeHours;
    this.availableHours[slot] = availableHours;
    this.flags[slot] = f;
    this.lacks[slot] = C.personLacks(f);

    this.lat[slot] = p.location.lat;
    this.cosLat[slot] = cosLatitude(this.lat[slot]);
    this.lon[slot] = p.location.lon;
    this.region[slot] = v.regions.id(p.location.regionCode);
    let mask = 0;
    for (const m of p.transport.modes) mask |= MODE_BIT[m] ?? 0;
    this.modeMask[slot] = mask;
    // Limited mobility keeps the person's own maximum (a nearby accessible place must stay on offer); it
    // lowers far options in the logistics score instead (components/logistics.ts).
    const max = Math.max(0, p.transport.maxCommuteMinutes);
    this.maxCommute[slot] = max;
    this.authKind[slot] = e.authorisationKind === null ? -1 : v.authorisationKinds.id(e.authorisationKind);
    this.authEnds[slot] = e.authorisationEndsAt ?? Infinity;
    this.earliestStart[slot] = p.earliestStart;
    this.pathway[slot] = p.aspirations.preferredPathway ? C.PATHWAY_CODE[p.aspirations.preferredPathway] : -1;

    this.skills.set(slot, p.skills.flatMap((s) => [s.skillId, clampLevel(s.level), C.EVIDENCE_CODE[s.evidence]]));
    this.experience.set(
      slot,
      p.experience.flatMap((x) => [x.occupationId, iscoToInt(x.iscoGroup), Math.round(Math.max(0, x.months)), x.formal ? 1 : 0, x.abroad ? 1 : 0]),
    );
    this.qualifications.set(slot, p.qualifications.flatMap((q) => [q.eqf, C.RECOGNITION_CODE[q.recognition]]));
    this.languages.set(slot, p.languages.flatMap((l) => [v.language(l.tag), l.level]));
    this.excluded.set(slot, sectorRecords(v, p.aspirations.excludedSectors));
    this.preferredSectors.set(slot, sectorRecords(v, p.aspirations.preferredSectors ?? []));
    this.preferredOccupations.set(slot, p.aspirations.preferredOccupationIds);
    this.preferredIsco.set(
      slot,
      p.aspirations.preferredIscoGroups.filter((g) => /^\d{1,4}$/.test(g)).flatMap((g) => [Number(g), g.length]),
    );

    // Reach with every speed the person could get (public transport via an allowance included); the
    // grid keeps it per person (from the stored maximum the commute gate compares with) to drop, while
    // scanning a cell, the people an opportunity is out of reach for; with their lacks and the date
    // gates' operands (authorisation end, -earliest start) for the same purpose (candidates.ts).
    const speed = bestSpeedKmh(mask, p.transport.canUseTransportAllowance);
    this.grid.insert(slot, p.location.lat, p.location.lon, this.cosLat[slot], reachKm(this.maxCommute[slot], Math.max(speed, MODE_SPEED_KMH.walk)), this.lacks[slot], [
      this.authEnds[slot],
      -this.earliestStart[slot],
      Infinity,
    ]);
    this.maxReachKm = Math.max(this.maxReachKm, reachKm(max, Math.max(speed, MODE_SPEED_KMH.walk)));
    this.version++;
    return slot;
  }

  remove(id: string): boolean {
    const slot = this.slots.release(id);
    if (slot < 0) return false;
    this.flags[slot] = 0;
    this.lacks[slot] = C.personLacks(0);
    this.grid.remove(slot);
    for (const store of [this.skills, this.experience, this.qualifications, this.languages, this.excluded, this.preferredOccupations, this.preferredIsco, this.preferredSectors]) {
      store.clear(slot);
    }
    this.version++;
    return true;
  }
}

/** Sector codes and ISCO prefixes (digit strings) as sector records. */
function sectorRecords(v: Vocabulary, sectors: readonly string[]): number[] {
  return sectors.flatMap((s) => (/^\d{1,4}$/.test(s) ? [EXCL_ISCO_PREFIX, Number(s), s.length] : [EXCL_SECTOR, v.sectors.id(s), 0]));
}

export function compilePeople(vocab: Vocabulary, people: EnginePerson[], cellDegrees?: number): PersonIndex {
  const idx = new PersonIndex(vocab, cellDegrees);
  for (const p of people) idx.upsert(p);
  return idx;
}
