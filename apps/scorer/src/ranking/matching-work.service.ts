import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { rankProfileJobId, RESULTS_FORMAT, resultsVersion, type RankDepth, type RankedCandidatesResult, type RankedPageResult, type RankProfileJob } from '@app/contracts';
import { compileWeights, componentsRecord, DEFAULT_WEIGHTS, explainMatch, rankCandidates, scorePair } from '@app/matching';
import { QUEUES, withRequestId } from '@app/messaging';
import { BACKGROUND_PRIORITY, MatchingReads, MatchResultsRepository, ProfileRepository, todayEpochDay } from '@app/persistence';
import type { Queue } from 'bullmq';
import { ScorerIndex } from '../index/scorer-index.service';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { ProfileRanker, type ExcludedRequest, type PageRequest } from './profile-ranker';
import { reachableCourses } from './reachable-courses';
import { ReasonRefs } from './reason-refs';

/** People re-ranked when a vacancy appears or changes: the best this many by the employer-side ranking. */
export const FANOUT_CANDIDATES = 1000;
const ADD_CHUNK = 500;
const DEFAULT_COMPILED_WEIGHTS = compileWeights(DEFAULT_WEIGHTS);

export type ProfileOutcome = 'ranked' | 'incomplete' | 'removed' | 'stale' | 'superseded' | 'fresh';

/**
 * Causes whose job is answered by any results at the person's indexed version: a person changed three
 * times before the scorer got to them is ranked once, and the GET's job finds the event job's results.
 * A vacancy or demand change must re-rank even at the same profile version, so those never skip.
 */
const PROFILE_CAUSES: ReadonlySet<RankProfileJob['cause']> = new Set(['profile', 'request', 'startup']);

/**
 * What the scorer's jobs do, each step idempotent. The index is kept current by the outbox tail in every
 * process (ScorerIndex); a job first waits until its process has applied the change it answers, then
 * ranks from the index and upserts results keyed by (profile version, index version).
 */
@Injectable()
export class MatchingWork {
  private readonly log = new Logger('MatchingWork');

  constructor(
    private readonly index: ScorerIndex,
    private readonly ranker: ProfileRanker,
    private readonly reads: MatchingReads,
    private readonly profiles: ProfileRepository,
    private readonly results: MatchResultsRepository,
    private readonly metrics: ScorerMetrics,
    @InjectQueue(QUEUES.rank) private readonly rankQueue: Queue,
  ) {}

  /**
   * rank.profile (requests, fan-out, catch-up): first apply every change committed so far, then rank. A
   * request that names the profile version it needs only waits for that person (ScorerIndex.syncPerson):
   * the outbox tail's pass (~5 ms, 10 at p95, under the ranking benchmark's load) was on the path of every
   * GET after a change. Other changes reach the person's results through their own re-ranks, as they do
   * for any results already stored.
   */
  async refreshAndRankProfile(profileId: string, cause: RankProfileJob['cause'], depth: RankDepth = 'top', profileVersion?: number): Promise<ProfileOutcome> {
    if (profileVersion === undefined) await this.index.syncToLatest();
    else await this.index.syncPerson(profileId, profileVersion);
    return this.rankProfile(profileId, cause, depth);
  }

  /**
   * One person, bounded work, from what the index holds (the outbox tail keeps it current; the caller has
   * synced it to the change it answers). Stored with the person's indexed version and the index version.
   * `depth` 'top' stores the default page only; 'complete' every kind's top 50 (ProfileRanker).
   */
  async rankProfile(profileId: string, cause: RankProfileJob['cause'], depth: RankDepth = 'top'): Promise<ProfileOutcome> {
    const entry = this.index.personEntry(profileId);
    if (!entry || entry.state === 'removed') {
      await this.results.delete(profileId);
      return 'removed';
    }
    // The stored documents' reason format rides on the taxonomy version: older rows are re-ranked.
    const taxonomyVersion = resultsVersion(this.index.taxonomy.snapshot.version);
    if (entry.state === 'incomplete') {
      await this.results.upsert({
        profileId,
        profileVersion: entry.version,
        indexVersion: this.index.version,
        taxonomyVersion,
        results: { options: [], skillUris: {}, incomplete: ['location'] },
        excluded: [],
        complete: true, // nothing to rank: every page is this empty one
      });
      return 'incomplete';
    }
    if (PROFILE_CAUSES.has(cause)) {
      const stored = await this.results.versions(profileId);
      // A complete ranking asked for answers only from complete results.
      if (stored && stored.profileVersion >= entry.version && stored.taxonomyVersion === taxonomyVersion && (depth === 'top' || stored.complete)) {
        this.metrics.rankSkipped();
        return 'fresh';
      }
    }
    const started = process.hrtime.bigint();
    const ranked = this.ranker.rank(profileId, depth);
    if (!ranked) return 'removed';
    this.metrics.rankDuration(Number(process.hrtime.bigint() - started) / 1e6);
    // `excluded: null`: not stored, computed when asked for (rank.excluded).
    const written = await this.results.upsert({ profileId, profileVersion: entry.version, indexVersion: ranked.indexVersion, taxonomyVersion, results: ranked.document, excluded: null, complete: depth === 'complete' });
    return written ? 'ranked' : 'superseded';
  }

  /**
   * rank.page: a page that is not stored (beyond the stored 50, with waiting-list options, or with the
   * "why not?" accounting), explained. Page and accounting in one synchronous step over one index state.
   */
  async page(profileId: string, q: PageRequest & { excluded?: ExcludedRequest }): Promise<RankedPageResult> {
    await this.index.syncToLatest();
    const ranked = this.ranker.page(profileId, q);
    const document = ranked?.document ?? { options: [], skillUris: {}, incomplete: [] };
    const indexVersion = ranked?.indexVersion ?? this.index.version;
    if (!q.excluded) return { profileId, indexVersion, document };
    const accounting = { profileId, ...this.ranker.excluded(profileId, { kinds: q.kinds, waitingList: q.waitingList, ...q.excluded }) };
    return { profileId, indexVersion, document, accounting };
  }

  /** profile.erased: the index has dropped the person (outbox tail); nothing about them stays stored. */
  async forgetProfile(profileId: string): Promise<void> {
    await this.results.delete(profileId);
  }

  /**
   * opportunity.changed, seat.freed, placement.changed (the index holds the change: the caller synced it):
   * queue a re-rank of the people it fits now and of those whose stored options name it (it may have
   * closed or filled). One job per person, so no single job does unbounded work. `eventVersion`: the
   * opportunity version the event announced; when the index already holds a newer one, that newer
   * event's job fans out instead.
   */
  async refreshOpportunity(opportunityId: string, eventVersion?: number): Promise<number> {
    const applied = this.index.opportunityVersion(opportunityId);
    if (eventVersion !== undefined && applied !== undefined && applied > eventVersion && applied < Number.MAX_SAFE_INTEGER) return 0;
    const version = applied ?? 0;
    const people = new Set<string>(await this.results.profilesNaming(opportunityId));
    const slot = this.index.opportunities.slotOf(opportunityId);
    if (slot >= 0) {
      const fit = rankCandidates(this.index.scratch, this.index.opportunities, slot, this.index.people, { now: todayEpochDay(), limit: FANOUT_CANDIDATES });
      for (const c of fit.results) people.add(c.personId);
    }
    await this.enqueueRanks([...people].sort(), `o${opportunityId}v${version}`, 'opportunity', BACKGROUND_PRIORITY);
    return people.size;
  }

  /** Queue rank.profile jobs; the job id names person and cause, so a redelivered event adds nothing twice. They carry the request id of the job that fans out. */
  async enqueueRanks(profileIds: string[], key: string | ((id: string) => string), cause: RankProfileJob['cause'], priority?: number): Promise<void> {
    for (let i = 0; i < profileIds.length; i += ADD_CHUNK) {
      await this.rankQueue.addBulk(
        profileIds.slice(i, i + ADD_CHUNK).map((profileId) => {
          const data: RankProfileJob = { type: 'rank.profile', profileId, cause };
          return { name: data.type, data: withRequestId(data), opts: { jobId: rankProfileJobId(profileId, typeof key === 'string' ? key : key(profileId)), ...(priority ? { priority } : {}) } };
        }),
      );
    }
  }

  /** Start-up catch-up: anyone whose stored results are missing, older than the profile or of another taxonomy gets a rank job. */
  async catchUp(): Promise<number> {
    await this.index.ready();
    // Results computed with another taxonomy (an import since) are stale too; the job key names the
    // taxonomy so a kept job from before the import does not swallow the new one.
    const taxonomy = resultsVersion(this.index.taxonomy.snapshot.version);
    const stale = await this.results.staleProfiles(taxonomy);
    const versions = new Map(stale.map((s) => [s.id, s.version]));
    await this.enqueueRanks(
      stale.map((s) => s.id),
      (id) => `v${versions.get(id)}t${taxonomy.slice(0, 12)}${RESULTS_FORMAT}`,
      'startup',
      BACKGROUND_PRIORITY,
    );
    if (stale.length > 0) this.log.log(`queued ${stale.length} rank jobs for missing or stale results`);
    return stale.length;
  }

  /**
   * Employer view: people ranked for one opportunity, each with the engine's reasons (ids, scores,
   * components, reasons; the HTTP side filters consent, masks contact data and keeps the reasons an
   * employer may see).
   */
  async candidates(opportunityId: string, limit: number): Promise<RankedCandidatesResult> {
    const slot = await this.reloadOpportunity(opportunityId);
    const ix = this.index;
    const computedAt = new Date().toISOString();
    if (slot < 0) return { opportunityId, indexVersion: ix.version, computedAt, results: [] };
    const now = todayEpochDay();
    const ranked = rankCandidates(ix.scratch, ix.opportunities, slot, ix.people, { now, limit });
    const refs = new ReasonRefs();
    const results = ranked.results.flatMap((c) => {
      const scored = this.scoredPerson(slot, c.personId, now);
      if (!scored) return [];
      const pi = ix.people.slotOf(c.personId);
      const reasons = explainMatch(ix.scratch.score, ix.people, pi, ix.opportunities, slot, { now, trainingsForSkill: reachableCourses(ix, ix.people, pi, now) });
      refs.add(reasons);
      return [{ ...scored, reasons: reasons as unknown as Array<Record<string, unknown>> }];
    });
    const taxonomy = ix.taxonomy.snapshot;
    return { opportunityId, indexVersion: ix.version, computedAt, results, skillUris: refs.skillUris(taxonomy), occupationUris: refs.occupationUris(taxonomy), courseTitles: refs.courseTitles(ix.trainings) };
  }

  /** Re-reads one opportunity into the index (the employer may have just changed it); its slot, or -1. */
  async reloadOpportunity(opportunityId: string): Promise<number> {
    await this.index.syncToLatest(); // every change committed so far (people too), whichever replica consumed it
    const row = await this.reads.opportunity(opportunityId);
    if (row) this.index.applyOpportunity(row, row.version, todayEpochDay());
    else this.index.removeOpportunity(opportunityId, Number.MAX_SAFE_INTEGER);
    return this.index.opportunities.slotOf(opportunityId);
  }

  /** One indexed person's score and rounded components for opportunity `slot` (null when not indexed or gated out). */
  scoredPerson(slot: number, personId: string, now: number): { personId: string; score: number; components: Record<string, number> } | null {
    const ix = this.index;
    const pi = ix.people.slotOf(personId);
    if (pi < 0) return null;
    const s = ix.scratch.score;
    const score = scorePair(s, ix.people, pi, ix.opportunities, slot, DEFAULT_COMPILED_WEIGHTS, now);
    if (s.gates !== 0) return null;
    const components = Object.fromEntries(Object.entries(componentsRecord(s.components)).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
    return { personId, score: Math.round(score * 1000) / 1000, components };
  }

  /**
   * The people whose stored options may change when this opportunity's score moves (its demand changed):
   * those whose options name it and the best FANOUT_CANDIDATES it fits now.
   */
  async collectAffected(opportunityId: string, into: Set<string>): Promise<void> {
    for (const id of await this.results.profilesNaming(opportunityId)) into.add(id);
    const slot = this.index.opportunities.slotOf(opportunityId);
    if (slot < 0) return;
    const fit = rankCandidates(this.index.scratch, this.index.opportunities, slot, this.index.people, { now: todayEpochDay(), limit: FANOUT_CANDIDATES });
    for (const c of fit.results) into.add(c.personId);
  }
}
