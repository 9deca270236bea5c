import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `mk_<prefix>_<secret>`. The prefix (12 hex characters) is stored in clear to find
 * the row; only the SHA-256 of the whole key is stored. Keys carry 256 bits of randomness, so a fast
 * hash is enough: a slow password hash protects low-entropy secrets, not these.
 */
export interface GeneratedApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key = `mk_${prefix}_${secret}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix of a well-formed key, or null for anything that cannot be one of ours. */
export function apiKeyPrefix(key: string): string | null {
  const m = /^mk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(key);
  return m ? m[1] : null;
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key a request presents: `Authorization: Bearer <key>`, else `X-API-Key` (null when neither). */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | null {
  const header = headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const x = headers['x-api-key'];
  return typeof x === 'string' ? x.trim() : null;
}
