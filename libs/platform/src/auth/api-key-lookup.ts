import type { Role } from '@app/contracts';

/** What the guard needs to know about a stored key; persistence provides the implementation. */
export interface StoredApiKey {
  id: string;
  organisationId: string;
  role: Role;
  hash: string;
}

export interface ApiKeyLookup {
  /** The active (not revoked) key with this prefix, or null. */
  findActiveByPrefix(prefix: string): Promise<StoredApiKey | null>;
}

export const API_KEY_LOOKUP = Symbol('API_KEY_LOOKUP');
