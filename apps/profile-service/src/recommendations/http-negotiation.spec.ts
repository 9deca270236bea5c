import { matchesIfNoneMatch, prefersGzip } from './http-negotiation';

describe('matchesIfNoneMatch', () => {
  it('compares entity tags weakly, in a list, and accepts *', () => {
    expect(matchesIfNoneMatch('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, 'W/"abc"')).toBe(false);
  });
});

describe('prefersGzip', () => {
  it('is gzip when accepted and not ranked below identity', () => {
    expect(prefersGzip('gzip, deflate, br')).toBe(true);
    expect(prefersGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(prefersGzip('*')).toBe(true);
  });
  it('is identity without the header, when gzip is refused or ranked below identity', () => {
    expect(prefersGzip(undefined)).toBe(false);
    expect(prefersGzip('identity')).toBe(false);
    expect(prefersGzip('gzip;q=0')).toBe(false);
    expect(prefersGzip('gzip;q=0.5, identity')).toBe(false);
    expect(prefersGzip('deflate')).toBe(false);
  });
});
