import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { storedTopPage, type Principal, type StoredExcludedOption, type StoredMatchDocument } from '@app/contracts';
import { ApiError, InvalidationBus } from '@app/platform';
import { DataSource } from 'typeorm';
import { profileScope } from '../profiles/profile-access';

export interface MatchResultsRow {
  profileId: string;
  profileVersion: number;
  indexVersion: number;
  taxonomyVersion: string;
  computedAt: string;
  /** Every kind's top 50 stored (false: the default page only; another page needs a complete ranking). */
  complete: boolean;
  /** The whole document, or only its default page (`get(id, 'top')`). */
  results: StoredMatchDocument;
  /** Not read with the top page: null there. */
  excluded: StoredExcludedOption[] | null;
}

/** Which stored results a row is: enough to tell whether something rendered from it is still current. */
export type StoredResultsHead = Pick<MatchResultsRow, 'profileVersion' | 'indexVersion' | 'taxonomyVersion' | 'computedAt' | 'complete'>;

/** A recommendations request's view of one person: the profile's version and consent, and the stored results. */
export interface ResultsForRequest {
  /** The profile's organisation (who else may see it: case managers there, and admins). */
  organisationId: string;
  profileVersion: number;
  consentsToMatching: boolean;
  /** The stored results' versions (null: none stored). */
  stored: StoredResultsHead | null;
  /** With their payload, when asked for (`part`), else null. */
  row: MatchResultsRow | null;
}

/** What a read needs: the default page alone (small), or every kind's options and the excluded list. */
export type StoredResultsPart = 'top' | 'full';

export interface MatchResultsWrite {
  profileId: string;
  profileVersion: number;
  indexVersion: number;
  taxonomyVersion: string;
  results: StoredMatchDocument;
  excluded: StoredExcludedOption[] | null;
  /** `results` holds every kind's top 50 (false: the default page only). */
  complete: boolean;
}

/**
 * Commit this statement without waiting for its WAL to reach disk (`synchronous_commit = off` for its
 * own transaction only: `set_config(..., true)` is undone at commit). Results are derived data: a
 * crash can lose the last fraction of a second of them, never a profile or a vacancy, and the start-up
 * catch-up re-ranks anyone whose stored results are older than their profile. Waiting for the flush of
 * ~50-100 KiB of results per ranking held the PATCHes queued behind the same WAL flush
 * (docs/bench-http.md). Referenced in FROM, so the planner cannot skip it.
 */
const ASYNC_COMMIT = `SELECT set_config('synchronous_commit', 'off', true)`;

/**
 * `match_results`: one row per person, written by the scorer only. The upsert is ordered by (profile
 * version, index version): an older profile version never overwrites a newer one (at-least-once delivery,
 * two scorers racing), and for the same profile version a result computed on an older index (the outbox
 * id a replica had applied up to, comparable between replicas) never overwrites one from a newer index.
 * At the same versions a default-page result never replaces a complete one (unless the reason format
 * changed): a background re-rank racing a complete ranking asked for by a request would otherwise leave
 * a default-page row whose complete job id is already done, and the request would poll 202 for ever.
 */
@Injectable()
export class MatchResultsRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    // Stored results changed: profile-service's cached freshness of this person is out of date.
    @Optional() private readonly invalidations?: InvalidationBus,
  ) {}

  /** true when written; false when a newer profile version was already stored (or the profile is gone). */
  async upsert(w: MatchResultsWrite): Promise<boolean> {
    // Every opportunity the stored reasons name (options, excluded, covering courses, unlocked vacancies):
    // a change to any of them re-ranks this person, so titles and states shown stay current.
    const ids = new Set<string>((w.excluded ?? []).map((e) => e.opportunityId));
    for (const o of w.results.options) {
      ids.add(o.opportunityId);
      for (const u of o.pathway?.unlockedOpportunityIds ?? []) ids.add(u);
    }
    for (const list of Object.values(w.results.coveredBy ?? {})) for (const id of list) ids.add(id);
    const rows: unknown[] = await this.ds.query(
      `INSERT INTO match_results AS r (profile_id, profile_version, index_version, taxonomy_version, computed_at, results, excluded, opportunity_ids, top, complete)
       SELECT $1, $2, $3, $4, now(), $5, $6, $7::uuid[], $8, $9
         FROM (${ASYNC_COMMIT}) AS async_commit
        WHERE EXISTS (SELECT 1 FROM profiles p WHERE p.id = $1 AND p.status = 'active')
       ON CONFLICT (profile_id) DO UPDATE
         SET profile_version = EXCLUDED.profile_version, index_version = EXCLUDED.index_version, taxonomy_version = EXCLUDED.taxonomy_version,
             computed_at = EXCLUDED.computed_at, results = EXCLUDED.results, excluded = EXCLUDED.excluded, opportunity_ids = EXCLUDED.opportunity_ids,
             top = EXCLUDED.top, complete = EXCLUDED.complete
       WHERE (r.profile_version, r.index_version) < (EXCLUDED.profile_version, EXCLUDED.index_version)
          OR ((r.profile_version, r.index_version) = (EXCLUDED.profile_version, EXCLUDED.index_version)
              AND (EXCLUDED.complete OR NOT r.complete OR r.taxonomy_version IS DISTINCT FROM EXCLUDED.taxonomy_version))
       RETURNING profile_id`,
      [
        w.profileId,
        w.profileVersion,
        w.indexVersion,
        w.taxonomyVersion,
        JSON.stringify(w.results),
        w.excluded === null ? null : JSON.stringify(w.excluded),
        [...ids],
        // A row holding only the default page is its own top: stored once (reads coalesce top to results).
        w.complete ? JSON.stringify(storedTopPage(w.results)) : null,
        w.complete,
      ],
    );
    if (rows.length > 0) this.invalidations?.publish({ kind: 'profile', profileId: w.profileId });
    return rows.length > 0;
  }

  /** The stored row; `part = 'top'` reads the default page only (rows from before it: the whole document). */
  async get(profileId: string, part: StoredResultsPart = 'full'): Promise<MatchResultsRow | null> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(`SELECT ${resultColumns(part)} FROM match_results r WHERE r.profile_id = $1`, [profileId]);
    return rows.length === 0 ? null : toRow(rows[0]);
  }

  /**
   * One round trip for a GET of recommendations: the profile the actor may see (the access rule of
   * profile-access.ts: 404 otherwise), its version and matching consent, and the stored results.
   */
  async forRequest(actor: Principal, profileId: string, part: StoredResultsPart | 'head'): Promise<ResultsForRequest> {
    const scope = profileScope(actor);
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT p.organisation_id, p.version AS current_version, coalesce(p.sections->'consent'->'scopes' ? 'matching', false) AS consents, ${part === 'head' ? HEAD_COLUMNS : resultColumns(part, FRESH)}
         FROM profiles p LEFT JOIN match_results r ON r.profile_id = p.id
        WHERE p.id = $1 AND p.status = $2 AND ($3::uuid IS NULL OR p.organisation_id = $3)`,
      [profileId, scope.status, scope.organisationId ?? null],
    );
    if (rows.length === 0) throw ApiError.notFound('Profile');
    const r = rows[0];
    const stored = r.profile_id === null ? null : toHead(r);
    return { organisationId: r.organisation_id as string, profileVersion: r.current_version as number, consentsToMatching: r.consents === true, stored, row: stored && part !== 'head' && r.results !== null ? toRow(r) : null };
  }

  /** The versions stored results were computed at (a rank job skips work they already answer), or null. */
  async versions(profileId: string): Promise<{ profileVersion: number; indexVersion: number; taxonomyVersion: string; complete: boolean } | null> {
    const rows: Array<{ profile_version: number; index_version: string; taxonomy_version: string; complete: boolean }> = await this.ds.query(
      `SELECT profile_version, index_version, taxonomy_version, complete FROM match_results WHERE profile_id = $1`,
      [profileId],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return { profileVersion: r.profile_version, indexVersion: Number(r.index_version), taxonomyVersion: r.taxonomy_version, complete: r.complete };
  }

  /** Erasure or consent withdrawn: nothing about the person stays here. */
  async delete(profileId: string): Promise<void> {
    await this.ds.query(`DELETE FROM match_results WHERE profile_id = $1`, [profileId]);
    this.invalidations?.publish({ kind: 'profile', profileId });
  }

  /** People whose stored options name this opportunity (re-rank them when it changes, closes or fills). */
  async profilesNaming(opportunityId: string): Promise<string[]> {
    const rows: Array<{ profile_id: string }> = await this.ds.query(`SELECT profile_id FROM match_results WHERE opportunity_ids @> ARRAY[$1]::uuid[]`, [opportunityId]);
    return rows.map((r) => r.profile_id);
  }

  /**
   * Consenting active people whose stored results are missing, older than their profile, or computed with
   * another taxonomy than `taxonomyVersion` (the one the scorer serves now), for the start-up catch-up.
   */
  async staleProfiles(taxonomyVersion?: string): Promise<Array<{ id: string; version: number }>> {
    return this.ds.query(
      `SELECT p.id, p.version FROM profiles p LEFT JOIN match_results r ON r.profile_id = p.id
        WHERE p.status = 'active' AND p.sections->'consent'->'scopes' ? 'matching'
          AND (r.profile_id IS NULL OR r.profile_version < p.version OR ($1::text IS NOT NULL AND r.taxonomy_version <> $1))
        ORDER BY p.id`,
      [taxonomyVersion ?? null],
    );
  }
}

const HEAD_COLUMNS = `r.profile_id, r.profile_version, r.index_version, r.taxonomy_version, r.computed_at, r.complete`;

/**
 * In `forRequest`: the stored payload only when it is at the profile's version. Stale results are about to
 * be replaced (the request ranks first and reads the new row), so reading and parsing them (~18-100 KiB)
 * would be wasted; `results` is NULL then, which the NOT NULL column never is otherwise.
 */
const FRESH = `r.profile_version >= p.version`;

/** The head columns and the payload a part needs (`onlyIf`: an SQL condition, else NULL payload). */
function resultColumns(part: StoredResultsPart, onlyIf?: string): string {
  const [results, excluded] = part === 'top' ? ['coalesce(r.top, r.results)', 'NULL'] : ['r.results', 'r.excluded'];
  const when = (x: string) => (onlyIf && x !== 'NULL' ? `CASE WHEN ${onlyIf} THEN ${x} END` : x);
  return `${HEAD_COLUMNS}, ${when(results)} AS results, ${when(excluded)} AS excluded`;
}

function toHead(r: Record<string, unknown>): StoredResultsHead {
  return {
    profileVersion: r.profile_version as number,
    indexVersion: Number(r.index_version),
    taxonomyVersion: r.taxonomy_version as string,
    computedAt: (r.computed_at as Date).toISOString(),
    complete: r.complete as boolean,
  };
}

function toRow(r: Record<string, unknown>): MatchResultsRow {
  return {
    profileId: r.profile_id as string,
    ...toHead(r),
    results: r.results as StoredMatchDocument,
    excluded: r.excluded as StoredExcludedOption[] | null,
  };
}
