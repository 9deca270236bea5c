import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProfileMatchingView } from '@app/contracts';
import {
  ArrayRelatedness,
  buildDemandIndex,
  OpportunityIndex,
  PersonIndex,
  RankScratch,
  Vocabulary,
  type DemandIndicator,
  type DemandVacancy,
  type EngineOpportunity,
} from '@app/matching';
import { OutboxTail, type OutboxEntry } from '@app/messaging';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { MatchingReads, opportunityToEngine, personToEngine, ProfileRepository, todayEpochDay, epochDay, type OpportunityForMatching } from '@app/persistence';
import { loadServedTaxonomy, type Taxonomy } from '@app/taxonomy';
import { DataSource } from 'typeorm';
import { indexChanges } from './index-changes';
import { IndexChecksum } from './index-checksum';
import { TrainingsBySkill } from './trainings-by-skill';

const PROFILE_PAGE = 1000;

/** What the index holds for a person it has heard of: ranked, known but not rankable, or dropped. */
export type PersonState = 'indexed' | 'incomplete' | 'removed';

export interface IndexStats {
  opportunities: number;
  people: number;
  appliedOutboxId: number;
  pendingGaps: number;
  /** Order-independent checksum of the entries (ids, versions, states): equal in two processes holding the same index. */
  checksum: number;
}

/**
 * The scorer's in-memory compiled index: open (and filled) opportunities and active people who consented
 * to matching. Built from a snapshot at start, then kept up to date by tailing the outbox (every change
 * of the whole system, in id order), so EVERY scorer process applies every change, whichever process
 * consumed the event's job. Jobs only carry work; before computing they wait for `syncTo(outboxId)`.
 *
 * Version: `version` is the outbox id the index has applied every change up to — the same scale in every
 * process, so results stamped with it are comparable across replicas (docs/matching.md, "Replicas").
 *
 * Ordering: each subject's last applied version is remembered (also after removal, as a tombstone), so a
 * slow reader that read an older row never puts it back over a newer one. Index mutations are
 * synchronous, so concurrent async handlers in this process never see a half-updated entry.
 */
@Injectable()
export class ScorerIndex implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('ScorerIndex');
  private loaded: Promise<void> | null = null;
  taxonomy!: Taxonomy;
  vocab!: Vocabulary;
  opportunities!: OpportunityIndex;
  people!: PersonIndex;
  scratch!: RankScratch;
  readonly trainings = new TrainingsBySkill();
  private readonly opportunityVersions = new Map<string, number>();
  private readonly personVersions = new Map<string, number>();
  private readonly personStates = new Map<string, PersonState>();
  private readonly tail: OutboxTail;
  /** Called before an indicator import changes demand here (DemandRefresh keeps what people were ranked with). */
  private readonly beforeIndicatorDemand: Array<() => void> = [];
  /** Posting day (epoch day of `posted_at`: datePosted, else the creation day) per opportunity, for the demand index. */
  private readonly postedAt = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reads: MatchingReads,
    private readonly profiles: ProfileRepository,
  ) {
    this.tail = new OutboxTail(ds, (entries) => this.applyOutbox(entries), {
      batchSize: config.OUTBOX_BATCH_SIZE,
      pollMs: config.OUTBOX_POLL_MS,
      logger: { warn: (obj, msg) => this.log.warn({ ...obj, msg }) },
    });
  }

  onModuleInit(): Promise<void> {
    return this.ready();
  }

  async onModuleDestroy(): Promise<void> {
    await this.tail.stop();
  }

  /** Resolves once the index is built (handlers await it: BullMQ workers may start first). */
  ready(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** The outbox id every change up to which is applied; results are stored with it. */
  get version(): number {
    return this.tail.appliedThrough;
  }

  /** Waits until every change up to this outbox id is applied (a job about that change computes only then). */
  async syncTo(outboxId: number): Promise<void> {
    await this.ready();
    await this.tail.syncTo(outboxId);
  }

  /**
   * Makes sure the index holds this person at `version` or newer: when the outbox tail has not applied
   * that change yet, the person is read and applied now (one query, not a pass over the outbox: a request
   * waiting for its ranking should not wait for unrelated changes). Safe against the tail: applying a
   * person is version-ordered and re-reads the current row, so whichever comes second changes nothing.
   */
  async syncPerson(id: string, version: number): Promise<void> {
    await this.ready();
    if ((this.personVersions.get(id) ?? -1) >= version) return;
    const [view] = await this.profiles.loadMatchingView([id]);
    if (view) this.applyPerson(view);
    else this.removePerson(id); // erased or otherwise inactive meanwhile
  }

  /** Waits until every change committed before the call is applied (jobs that do not name a change). */
  async syncToLatest(): Promise<void> {
    await this.ready();
    await this.tail.syncToLatest();
  }

  private async load(): Promise<void> {
    const started = Date.now();
    // The start point BEFORE the snapshot (see OutboxTail.startPoint): no change falls between the two.
    const from = await OutboxTail.startPoint(this.ds);
    const { taxonomy, source } = await loadServedTaxonomy(this.ds);
    this.taxonomy = taxonomy;
    this.vocab = new Vocabulary(new ArrayRelatedness(taxonomy.snapshot.skillBroader, taxonomy.snapshot.skillGroup));
    this.opportunities = new OpportunityIndex(this.vocab);
    this.people = new PersonIndex(this.vocab);
    this.scratch = new RankScratch(this.vocab.relatedness);
    const today = todayEpochDay();
    // One bulk upsert in grid-cell order: a cell's opportunities sit in adjacent slots, so a ranking's
    // candidate scan reads memory in order (libs/matching compile/cell-order.ts; p95 -40% in the engine bench).
    const snapshot: EngineOpportunity[] = [];
    const titles = new Map<string, string>();
    for await (const page of this.reads.indexableOpportunities()) {
      for (const row of page) {
        const engine = this.admitOpportunity(row, row.version, today);
        if (engine) snapshot.push(engine);
        if (engine) titles.set(row.id, row.title); // TrainingsBySkill keeps programmes' titles only
      }
    }
    this.opportunities.upsertMany(snapshot);
    for (const engine of snapshot) this.trainings.upsert(engine, titles.get(engine.id));
    const ids = await this.reads.matchingProfileIds();
    for (let i = 0; i < ids.length; i += PROFILE_PAGE) {
      for (const view of await this.profiles.loadMatchingView(ids.slice(i, i + PROFILE_PAGE))) this.applyPerson(view);
    }
    await this.refreshDemand();
    this.tail.start(from);
    this.log.log(`index built from the ${source} taxonomy: ${this.opportunities.size} opportunities, ${this.people.size} people in ${Date.now() - started} ms; tailing the outbox after ${from}`);
  }

  /** `listener` runs before an indicator import read from the outbox changes this index's demand. */
  onIndicatorDemand(listener: () => void): void {
    this.beforeIndicatorDemand.push(listener);
  }

  /** A batch of outbox rows: re-read each subject once and apply it; demand follows the vacancies. */
  private async applyOutbox(entries: OutboxEntry[]): Promise<void> {
    const changes = indexChanges(entries);
    if (changes.indicators) for (const listener of this.beforeIndicatorDemand) listener();
    for (const id of changes.erased) this.removePerson(id);
    const people = [...changes.people];
    for (let i = 0; i < people.length; i += PROFILE_PAGE) {
      const ids = people.slice(i, i + PROFILE_PAGE);
      const views = await this.profiles.loadMatchingView(ids);
      for (const view of views) this.applyPerson(view);
      const found = new Set(views.map((v) => v.id));
      for (const id of ids) if (!found.has(id)) this.removePerson(id); // erased or otherwise inactive
    }
    if (changes.opportunities.size === 0) {
      // An indicator import changes demand in every replica at once; the re-ranks it calls for are the
      // one relayed job's (DemandRefresh compares with the demand people were last ranked with, so this
      // refresh done first cannot hide the change from it).
      if (changes.indicators) await this.refreshDemand();
      return;
    }
    const ids = [...changes.opportunities];
    const today = todayEpochDay();
    const rows = await this.reads.opportunities(ids);
    for (const row of rows) this.applyOpportunity(row, row.version, today);
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!found.has(id)) this.removeOpportunity(id, Number.MAX_SAFE_INTEGER);
    // Demand is a function of the indexed vacancies (and the imported indicators): recomputed with the
    // vacancies, so every process (and a fresh one) scores with the same demand for the same index.
    // Indicator imports (`demand.indicators_changed`) refresh it too, in every replica; their re-ranks
    // are DemandRefresh's (docs/matching.md, "Replicas").
    await this.refreshDemand();
  }

  /** What the index holds for a person (undefined: never heard of, e.g. no matching consent since the start). */
  personEntry(id: string): { version: number; state: PersonState } | undefined {
    const state = this.personStates.get(id);
    const version = this.personVersions.get(id);
    return state === undefined || version === undefined ? undefined : { version, state };
  }

  /** The version of an opportunity the index applied last (also for a removed one), if any. */
  opportunityVersion(id: string): number | undefined {
    return this.opportunityVersions.get(id);
  }

  /** Counts, the applied outbox id and a checksum of the entries, for /metrics and the replica tests. */
  stats(): IndexStats {
    const sum = new IndexChecksum();
    let opportunities = 0;
    for (const [id, version] of this.opportunityVersions) {
      if (this.opportunities.slotOf(id) < 0) continue;
      opportunities++;
      sum.add(`o:${id}:${version}`);
    }
    let people = 0;
    for (const [id, state] of this.personStates) {
      if (state === 'removed') continue;
      if (state === 'indexed') people++;
      sum.add(`p:${id}:${this.personVersions.get(id)}:${state}`);
    }
    return { opportunities, people, appliedOutboxId: this.tail.appliedThrough, pendingGaps: this.tail.pendingGaps, checksum: sum.value };
  }

  /** Market demand from the indexed vacancies and the imported indicators (recomputed at start). */
  async refreshDemand(): Promise<void> {
    const today = todayEpochDay();
    const vacancies: DemandVacancy[] = [];
    for (let slot = 0; slot < this.opportunities.slots.highWater; slot++) {
      const o = this.opportunities.source[slot];
      if (!o || o.kind !== 'job') continue;
      vacancies.push({ occupationId: o.occupationId, iscoGroup: o.iscoGroup, regionCode: o.location?.regionCode ?? '*', openings: Math.max(0, o.capacity - o.booked), postedAt: this.postedAt.get(o.id) ?? today });
    }
    const rows: Array<{ occupation_uri: string | null; isco_code: string | null; region_code: string | null; value: number; source: string; date: string }> = await this.ds.query(
      `SELECT occupation_uri, isco_code, region_code, value, source, date::text AS date FROM demand_indicators`,
    );
    const indicators: DemandIndicator[] = rows.map((r) => ({
      occupationId: r.occupation_uri ? this.taxonomy.ids.occupation(r.occupation_uri) : null,
      iscoGroup: r.isco_code,
      regionCode: r.region_code,
      value: r.value,
      source: r.source,
      date: epochDay(r.date),
    }));
    const demand = buildDemandIndex(vacancies, indicators, today);
    this.opportunities.refreshDemand((occ, isco, region) => demand.lookup(occ, isco, region), (occ, isco, region) => demand.parts(occ, isco, region));
  }

  /** Upserts (or removes, when no longer indexable) an opportunity row; false when an equal or newer version is already applied. */
  applyOpportunity(row: (OpportunityForMatching & { version: number; postedAt?: string; title?: string }) | null, version: number, today = todayEpochDay()): boolean {
    if (!row?.id || (this.opportunityVersions.get(row.id) ?? -1) > version) return false;
    const engine = this.admitOpportunity(row, version, today);
    if (engine) {
      this.opportunities.upsert(engine);
      this.trainings.upsert(engine, row.title);
    }
    return true;
  }

  /**
   * Records the row's version and posting day; the engine form to upsert when it is indexable (else it is
   * removed), or null. Null too when an equal-or-newer version was applied (nothing to do).
   */
  private admitOpportunity(row: OpportunityForMatching & { version: number; postedAt?: string }, version: number, today: number): EngineOpportunity | null {
    const id = row.id;
    if (!id || (this.opportunityVersions.get(id) ?? -1) > version) return null;
    this.opportunityVersions.set(id, version);
    if (row.postedAt) this.postedAt.set(id, epochDay(row.postedAt));
    if (row.status !== 'open' && row.status !== 'filled') {
      this.removeOpportunity(id);
      return null;
    }
    return opportunityToEngine(row, this.taxonomy.ids, today);
  }

  removeOpportunity(id: string, tombstoneVersion?: number): void {
    if (tombstoneVersion !== undefined) this.opportunityVersions.set(id, Math.max(tombstoneVersion, this.opportunityVersions.get(id) ?? -1));
    this.opportunities.remove(id);
    this.trainings.remove(id);
  }

  /**
   * Upserts a person who consented to matching and can be ranked; removes anyone else. Returns what the
   * index now holds for them: 'indexed', 'incomplete' (a section the engine needs is missing), 'removed',
   * or 'stale' (an equal or newer version was applied already: nothing changed).
   */
  applyPerson(view: ProfileMatchingView): PersonState | 'stale' {
    if ((this.personVersions.get(view.id) ?? -1) > view.version) return 'stale';
    this.personVersions.set(view.id, view.version);
    const state = this.placePerson(view);
    this.personStates.set(view.id, state);
    return state;
  }

  private placePerson(view: ProfileMatchingView): PersonState {
    if (!view.sections.consent.scopes.includes('matching')) {
      this.people.remove(view.id);
      return 'removed';
    }
    const person = personToEngine(view, this.taxonomy.ids);
    if (!person) {
      this.people.remove(view.id);
      return 'incomplete';
    }
    this.people.upsert(person);
    return 'indexed';
  }

  /** Erased: gone for good (an erased profile never comes back with a higher version). */
  removePerson(id: string): void {
    this.personVersions.set(id, Number.MAX_SAFE_INTEGER);
    this.personStates.set(id, 'removed');
    this.people.remove(id);
  }
}
