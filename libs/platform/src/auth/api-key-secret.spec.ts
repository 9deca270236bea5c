import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-secret';

describe('api key secrets', () => {
  it('generates distinct well-formed keys whose hash is not the key', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(apiKeyPrefix(a.key)).toBe(a.prefix);
    expect(a.hash).toBe(hashApiKey(a.key));
    // The secret itself may contain '_' (base64url): cut it off after the prefix, not by splitting.
    expect(a.hash).not.toContain(a.key.slice(`mk_${a.prefix}_`.length));
  });

  it('matches only the exact key', () => {
    const a = generateApiKey();
    expect(apiKeyMatches(a.key, a.hash)).toBe(true);
    expect(apiKeyMatches(a.key.slice(0, -1) + (a.key.endsWith('A') ? 'B' : 'A'), a.hash)).toBe(false);
  });

  it('rejects malformed keys', () => {
    expect(apiKeyPrefix('mk_short_x')).toBeNull();
    expect(apiKeyPrefix('')).toBeNull();
  });
});
