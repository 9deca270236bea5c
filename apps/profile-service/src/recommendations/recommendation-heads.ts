import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Principal } from '@app/contracts';
import { accessOrganisation, type ResultsForRequest } from '@app/persistence';
import { ApiError, InvalidationBus } from '@app/platform';

/** How long a person's freshness is trusted without a message: the bound on a missed invalidation. */
export const HEADS_TTL_MS = 1000;
const MAX_ENTRIES = 100_000;

type Head = Omit<ResultsForRequest, 'row'>;

/**
 * What the access / consent / freshness query of a recommendations GET returns for a person (their
 * organisation, version, matching consent and the head of their stored results), kept in process so a
 * GET of an already rendered page needs no PostgreSQL round trip. Only heads that answer the default
 * page are kept (the results are at the profile's version); the access rule is applied again on every
 * hit (accessOrganisation: admins every profile, case managers their organisation's; 404 otherwise).
 *
 * Invalidated by events on the InvalidationBus: every write to a profile in profile-service
 * (ProfileWritesInvalidate on the profile controllers), results stored or deleted (MatchResultsRepository, in the scorer) and a
 * reconnect that may have lost messages. This process forgets before its write is answered; the
 * others on the pub/sub message, and at the latest HEADS_TTL_MS after the change if it was lost.
 */
@Injectable()
export class RecommendationHeads implements OnModuleDestroy {
  private readonly heads = new Map<string, Head & { expiresAt: number }>();
  private readonly unsubscribe: () => void;
  /**
   * Counts invalidations: a head read from PostgreSQL before one arrived may predate the change, so it
   * is not remembered (`set` with the epoch taken before the read).
   */
  private invalidations = 0;

  constructor(bus: InvalidationBus) {
    this.unsubscribe = bus.subscribe((what) => {
      this.invalidations++;
      if (what.kind === 'profile') this.heads.delete(what.profileId);
      else if (what.kind === 'all') this.heads.clear();
    });
  }

  /** Take before reading a head from PostgreSQL; pass to `set`. */
  epoch(): number {
    return this.invalidations;
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }

  /** The remembered head if current and the actor may see the profile; a 404 if they may not; else undefined. */
  get(actor: Principal, profileId: string, now = Date.now()): Head | undefined {
    const h = this.heads.get(profileId);
    if (!h) return undefined;
    if (h.expiresAt <= now) {
      this.heads.delete(profileId);
      return undefined;
    }
    const confinedTo = accessOrganisation(actor);
    if (confinedTo !== null && confinedTo !== h.organisationId) throw ApiError.notFound('Profile');
    return h;
  }

  set(profileId: string, head: Head, readAtEpoch: number, now = Date.now()): void {
    if (readAtEpoch !== this.invalidations) return;
    this.heads.delete(profileId);
    this.heads.set(profileId, { ...head, expiresAt: now + HEADS_TTL_MS });
    if (this.heads.size > MAX_ENTRIES) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(profileId: string): void {
    this.heads.delete(profileId);
  }
}
