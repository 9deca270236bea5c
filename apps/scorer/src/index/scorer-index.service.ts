import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
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
import { MatchingReads, opportunityToEngine, personToEngine, ProfileRepository, todayEpochDay, epochDay, type OpportunityForMatching } from '@app/persistence';
import { loadServedTaxonomy, type Taxonomy } from '@app/taxonomy';
import { DataSource } from 'typeorm';
import { TrainingsBySkill } from './trainings-by-skill';

const PROFILE_PAGE = 1000;

/**
 * The scorer's in-memory compiled index: open (and filled) opportunities and active people who consented
 * to matching, built at start and updated incrementally by the event handlers.
 *
 * Ordering: each subject's last applied version is remembered (also after removal, as a tombstone), so a
 * slow handler that read an older row never puts it back over a newer one. Index mutations are
 * synchronous, so concurrent async handlers in this process never see a half-updated index.
 */
@Injectable()
export class ScorerIndex implements OnModuleInit {
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
  /** Creation day per opportunity, for the demand index. */
  private readonly postedAt = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reads: MatchingReads,
    private readonly profiles: ProfileRepository,
  ) {}

  onModuleInit(): Promise<void> {
    return this.ready();
  }

  /** Resolves once the index is built (handlers await it: BullMQ workers may start first). */
  ready(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Changes with every upsert/remove; results are stored with it. */
  get version(): number {
    return this.opportunities.version + this.people.version;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const { taxonomy, source } = await loadServedTaxonomy(this.ds);
    this.taxonomy = taxonomy;
    this.vocab = new Vocabulary(new ArrayRelatedness(taxonomy.snapshot.skillBroader, taxonomy.snapshot.skillGroup));
    this.opportunities = new OpportunityIndex(this.vocab);
    this.people = new PersonIndex(this.vocab);
    this.scratch = new RankScratch(this.vocab.relatedness);
    const today = todayEpochDay();
    for await (const page of this.reads.indexableOpportunities()) {
      for (const row of page) this.applyOpportunity(row, row.version, today, row.createdAt);
    }
    const ids = await this.reads.matchingProfileIds();
    for (let i = 0; i < ids.length; i += PROFILE_PAGE) {
      for (const view of await this.profiles.loadMatchingView(ids.slice(i, i + PROFILE_PAGE))) this.applyPerson(view);
    }
    await this.refreshDemand();
    this.log.log(`index built from the ${source} taxonomy: ${this.opportunities.size} opportunities, ${this.people.size} people in ${Date.now() - started} ms`);
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
    this.opportunities.refreshDemand((occ, isco, region) => demand.lookup(occ, isco, region));
  }

  /** Upserts (or removes, when no longer indexable) an opportunity row; false when an equal or newer version is already applied. */
  applyOpportunity(row: (OpportunityForMatching & { version: number; createdAt?: Date }) | null, version: number, today = todayEpochDay(), createdAt?: Date): boolean {
    const id = row?.id;
    if (!row || !id) return false;
    if ((this.opportunityVersions.get(id) ?? -1) > version) return false;
    this.opportunityVersions.set(id, version);
    if (createdAt) this.postedAt.set(id, Math.floor(createdAt.getTime() / 86_400_000));
    if (row.status !== 'open' && row.status !== 'filled') {
      this.removeOpportunity(id);
      return true;
    }
    const engine: EngineOpportunity = opportunityToEngine(row, this.taxonomy.ids, today);
    this.opportunities.upsert(engine);
    this.trainings.upsert(engine);
    return true;
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
  applyPerson(view: ProfileMatchingView): 'indexed' | 'incomplete' | 'removed' | 'stale' {
    if ((this.personVersions.get(view.id) ?? -1) > view.version) return 'stale';
    this.personVersions.set(view.id, view.version);
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
    this.people.remove(id);
  }
}
