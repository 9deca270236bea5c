import type { ApiKeyLookup, StoredApiKey } from './api-key-lookup';

export interface ApiKeyCacheOptions {
  /** How long a key found in the database is trusted without asking again: the revocation delay. */
  ttlMs: number;
  /** Keys held at most; the oldest lookup goes first. */
  maxEntries: number;
}

export const API_KEY_CACHE_OPTIONS = Symbol('API_KEY_CACHE_OPTIONS');

/**
 * Remembers active keys found by prefix for `ttlMs`, so a busy client costs one database lookup per
 * TTL instead of one per request. What is remembered is the stored row (hash included), never a
 * verdict: the guard still compares the presented key with the stored hash on every request, so a
 * wrong secret behind a known prefix is refused whatever the cache holds. Unknown or revoked prefixes
 * are not remembered (they are the error path, and a key created later must work at once). A key
 * revoked through the API is forgotten at once in the revoking process and, through the invalidation
 * bus, in the others (`forget`); one revoked any other way, or whose message was lost, is refused at
 * the latest `ttlMs` after the revocation. Concurrent lookups of the same prefix share one query.
 */
export class ApiKeyCache implements ApiKeyLookup {
  private readonly entries = new Map<string, { key: Promise<StoredApiKey | null>; expiresAt: number }>();
  /** Key id -> prefix of the keys found, so a revocation (which names the id) finds its entry. */
  private readonly prefixes = new Map<string, string>();

  constructor(
    private readonly lookup: ApiKeyLookup,
    private readonly options: ApiKeyCacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  findActiveByPrefix(prefix: string): Promise<StoredApiKey | null> {
    const at = this.now();
    const hit = this.entries.get(prefix);
    if (hit && hit.expiresAt > at) return hit.key;
    if (hit) this.entries.delete(prefix);
    const key = this.lookup.findActiveByPrefix(prefix);
    this.entries.set(prefix, { key, expiresAt: at + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const forget = () => {
      if (this.entries.get(prefix)?.key === key) this.entries.delete(prefix);
    };
    key.then((found) => (found ? this.prefixes.set(found.id, prefix) : forget()), forget);
    return key;
  }

  /** The key with this id is revoked: the next request with it asks the database. */
  forget(keyId: string): void {
    const prefix = this.prefixes.get(keyId);
    if (prefix !== undefined) this.entries.delete(prefix);
    this.prefixes.delete(keyId);
  }

  clear(): void {
    this.entries.clear();
    this.prefixes.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
