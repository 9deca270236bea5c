import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/contracts';
import { ApiError } from '../errors/api-error';
import { API_KEY_CACHE_OPTIONS, ApiKeyCache, type ApiKeyCacheOptions } from './api-key-cache';
import { API_KEY_LOOKUP, type ApiKeyLookup } from './api-key-lookup';
import { apiKeyMatches, apiKeyPrefix, presentedApiKey } from './api-key-secret';
import type { AuthenticatedRequest } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { AUTH_FAILURES, type AuthFailures } from '../throttling/auth-failures';

/**
 * Global guard. Missing, malformed, unknown or revoked key: 401. Known key whose role is not among the
 * handler's roles: 403. A handler that declares no roles and is not @Public() is closed to everyone
 * (403): forgetting to declare roles must never open an endpoint. With API_KEY_CACHE_OPTIONS provided
 * (withApiKeyCache) stored keys are remembered for a short TTL (api-key-cache.ts); the presented key is
 * checked against the stored hash on every request either way.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: ApiKeyLookup;

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEY_LOOKUP) lookup: ApiKeyLookup,
    @Optional() @Inject(API_KEY_CACHE_OPTIONS) cache?: ApiKeyCacheOptions,
    @Optional() @Inject(AUTH_FAILURES) private readonly failures?: AuthFailures,
  ) {
    this.keys = cache ? new ApiKeyCache(lookup, cache) : lookup;
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const address = req.ip ?? 'unknown';
    this.failures?.assertAllowed(address);
    const key = presentedApiKey(req.headers);
    const prefix = key ? apiKeyPrefix(key) : null;
    if (!key || !prefix) {
      this.failures?.failed(address);
      throw ApiError.unauthorized();
    }
    const stored = await this.keys.findActiveByPrefix(prefix);
    if (!stored || !apiKeyMatches(key, stored.hash)) {
      this.failures?.failed(address);
      throw ApiError.unauthorized('Unknown or revoked API key');
    }
    req.principal = { apiKeyId: stored.id, organisationId: stored.organisationId, role: stored.role };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(stored.role)) {
      throw ApiError.forbidden(`This endpoint is not open to the ${stored.role} role`);
    }
    return true;
  }
}
