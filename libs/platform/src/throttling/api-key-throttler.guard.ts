import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { apiKeyPrefix, presentedApiKey } from '../auth/api-key-secret';

/**
 * Limits per API key (its public prefix: the same key from several addresses shares one budget) and,
 * for calls without a well-formed key, per client address. Runs before the API-key guard, so a flood is
 * refused before it reaches the database.
 */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const key = presentedApiKey((req.headers ?? {}) as Record<string, string | string[] | undefined>);
    const prefix = key ? apiKeyPrefix(key) : null;
    return prefix ? `key:${prefix}` : `ip:${String(req.ip ?? 'unknown')}`;
  }
}
