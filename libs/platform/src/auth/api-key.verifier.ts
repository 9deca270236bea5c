import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Principal } from '@app/contracts';
import type { FastifyRequest } from 'fastify';
import { InvalidationBus } from '../cache/invalidation-bus';
import { ApiError } from '../errors/api-error';
import { AUTH_FAILURES, type AuthFailures } from '../throttling/auth-failures';
import { API_KEY_CACHE_OPTIONS, ApiKeyCache, type ApiKeyCacheOptions } from './api-key-cache';
import { API_KEY_LOOKUP, type ApiKeyLookup } from './api-key-lookup';
import { apiKeyMatches, apiKeyPrefix, presentedApiKey } from './api-key-secret';

/**
 * Who presents the request's API key: the one check behind the global guard and the middleware that
 * protects what is mounted outside Nest's routing (Bull Board). Missing, malformed, unknown or revoked
 * key: 401, counted against the address (AuthFailures: past the limit 429, even with a right key). With
 * API_KEY_CACHE_OPTIONS provided (withApiKeyCache) stored keys are remembered for a short TTL
 * (api-key-cache.ts); the presented key is checked against the stored hash on every request either way.
 */
@Injectable()
export class ApiKeyVerifier {
  private readonly keys: ApiKeyLookup;

  constructor(
    @Inject(API_KEY_LOOKUP) lookup: ApiKeyLookup,
    @Optional() @Inject(API_KEY_CACHE_OPTIONS) cache?: ApiKeyCacheOptions,
    @Optional() @Inject(AUTH_FAILURES) private readonly failures?: AuthFailures,
    @Optional() bus?: InvalidationBus,
  ) {
    if (!cache) {
      this.keys = lookup;
      return;
    }
    const remembered = new ApiKeyCache(lookup, cache);
    this.keys = remembered;
    bus?.subscribe((what) => {
      if (what.kind === 'api-key') remembered.forget(what.keyId);
      else if (what.kind === 'all') remembered.clear();
    });
  }

  /** The principal behind the key `presented` (default: the request's Bearer / X-API-Key header), or a 401. */
  async authenticate(req: Pick<FastifyRequest, 'ip' | 'headers'>, presented: string | null = presentedApiKey(req.headers)): Promise<Principal> {
    const address = req.ip ?? 'unknown';
    this.failures?.assertAllowed(address);
    const prefix = presented ? apiKeyPrefix(presented) : null;
    if (!presented || !prefix) {
      this.failures?.failed(address);
      throw ApiError.unauthorized();
    }
    const stored = await this.keys.findActiveByPrefix(prefix);
    if (!stored || !apiKeyMatches(presented, stored.hash)) {
      this.failures?.failed(address);
      throw ApiError.unauthorized('Unknown or revoked API key');
    }
    return { apiKeyId: stored.id, organisationId: stored.organisationId, role: stored.role };
  }
}
