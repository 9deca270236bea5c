import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { rankProfileJobId, type RankedCandidatesResult, type RankProfileJob } from '@app/contracts';
import { compileWeights, componentsRecord, DEFAULT_WEIGHTS, rankCandidates, scorePair } from '@app/matching';
import { QUEUES } from '@app/messaging';
import { BACKGROUND_PRIORITY, MatchingReads, MatchResultsRepository, ProfileRepository, todayEpochDay } from '@app/persistence';
import type { Queue } from 'bullmq';
import { ScorerIndex } from '../index/scorer-index.service';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { ProfileRanker } from './profile-ranker';

/** People re-ranked when a vacancy appears or changes: the best this many by the employer-side ranking. */
export const FANOUT_CANDIDATES = 1000;
const ADD_CHUNK = 500;
const DEFAULT_COMPILED_WEIGHTS = compileWeights(DEFAULT_WEIGHTS);

export type ProfileOutcome = 'ranked' | 'incomplete' | 'removed' | 'stale' | 'superseded';

/**
 * What the scorer's handlers do, each step idempotent: reload the subject from PostgreSQL (the event
 * carries ids only and the row is the truth), apply it to the index if not older than what is there,
 * re-rank and upsert results keyed by profile version.
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

  /** profile.changed, consent withdrawn, rank.profile: one person, bounded work. */
  async refreshAndRankProfile(profileId: string): Promise<ProfileOutcome> {
    await this.index.ready();
    const [view] = await this.profiles.loadMatchingView([profileId]);
    if (!view) {
      this.index.removePerson(profileId);
      await this.results.delete(profileId);
      return 'removed';
    }
    const applied = this.index.applyPerson(view);
    if (applied === 'stale') return 'stale';
    if (applied === 'removed') {
      await this.results.delete(profileId);
      return 'removed';
    }
    const taxonomyVersion = this.index.taxonomy.snapshot.version;
    if (applied === 'incomplete') {
      await this.results.upsert({
        profileId,
        profileVersion: view.version,
        indexVersion: this.index.version,
        taxonomyVersion,
        results: { options: [], skillUris: {}, incomplete: ['location'] },
        excluded: [],
      });
      return 'incomplete';
    }
    const started = process.hrtime.bigint();
    const ranked = this.ranker.rank(profileId);
    if (!ranked) return 'removed';
    this.metrics.rankDuration(Number(process.hrtime.bigint() - started) / 1e6);
    const written = await this.results.upsert({ profileId, profileVersion: view.version, indexVersion: ranked.indexVersion, taxonomyVersion, results: ranked.document, excluded: ranked.excluded });
    return written ? 'ranked' : 'superseded';
  }

  async forgetProfile(profileId: string): Promise<void> {
    await this.index.ready();
    this.index.removePerson(profileId);
    await this.results.delete(profileId);
  }

  /**
   * opportunity.changed, seat.freed, placement.changed: reload the row, update the index, then queue a
   * re-rank of the people it fits now and of those whose stored options name it (it may have closed or
   * filled). One job per person, so no single job does unbounded work.
   */
  async refreshOpportunity(opportunityId: string): Promise<number> {
    await this.index.ready();
    const row = await this.reads.opportunity(opportunityId);
    if (!row) {
      this.index.removeOpportunity(opportunityId, Number.MAX_SAFE_INTEGER);
    } else if (!this.index.applyOpportunity(row, row.version, todayEpochDay(), row.createdAt)) {
      return 0; // a newer version was applied already; its handler fanned out
    }
    const version = row?.version ?? 0;
    const people = new Set<string>(await this.results.profilesNaming(opportunityId));
    const slot = this.index.opportunities.slotOf(opportunityId);
    if (slot >= 0) {
      const fit = rankCandidates(this.index.scratch, this.index.opportunities, slot, this.index.people, { now: todayEpochDay(), limit: FANOUT_CANDIDATES });
      for (const c of fit.results) people.add(c.personId);
    }
    await this.enqueueRanks([...people].sort(), `o${opportunityId}v${version}`, 'opportunity', BACKGROUND_PRIORITY);
    return people.size;
  }

  /** Queue rank.profile jobs; the job id names person and cause, so a redelivered event adds nothing twice. */
  async enqueueRanks(profileIds: string[], key: string | ((id: string) => string), cause: RankProfileJob['cause'], priority?: number): Promise<void> {
    for (let i = 0; i < profileIds.length; i += ADD_CHUNK) {
      await this.rankQueue.addBulk(
        profileIds.slice(i, i + ADD_CHUNK).map((profileId) => {
          const data: RankProfileJob = { type: 'rank.profile', profileId, cause };
          return { name: data.type, data, opts: { jobId: rankProfileJobId(profileId, typeof key === 'string' ? key : key(profileId)), ...(priority ? { priority } : {}) } };
        }),
      );
    }
  }

  /** Start-up catch-up: anyone whose stored results are missing or older than the profile gets a rank job. */
  async catchUp(): Promise<number> {
    await this.index.ready();
    const stale = await this.results.staleProfiles();
    const versions = new Map(stale.map((s) => [s.id, s.version]));
    await this.enqueueRanks(
      stale.map((s) => s.id),
      (id) => `v${versions.get(id)}`,
      'startup',
      BACKGROUND_PRIORITY,
    );
    if (stale.length > 0) this.log.log(`queued ${stale.length} rank jobs for missing or stale results`);
    return stale.length;
  }

  /** Employer view: people ranked for one opportunity (ids, scores, components; the HTTP side filters consent and masks). */
  async candidates(opportunityId: string, limit: number): Promise<RankedCandidatesResult> {
    const slot = await this.reloadOpportunity(opportunityId);
    const ix = this.index;
    const computedAt = new Date().toISOString();
    if (slot < 0) return { opportunityId, indexVersion: ix.version, computedAt, results: [] };
    const now = todayEpochDay();
    const ranked = rankCandidates(ix.scratch, ix.opportunities, slot, ix.people, { now, limit });
    return { opportunityId, indexVersion: ix.version, computedAt, results: ranked.results.flatMap((c) => this.scoredPerson(slot, c.personId, now) ?? []) };
  }

  /** Re-reads one opportunity into the index (the employer may have just changed it); its slot, or -1. */
  async reloadOpportunity(opportunityId: string): Promise<number> {
    await this.index.ready();
    const row = await this.reads.opportunity(opportunityId);
    if (row) this.index.applyOpportunity(row, row.version, todayEpochDay(), row.createdAt);
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
