import { ConfigError, loadConfig } from './load-config';
import { redactUrl, redisOptionsFromUrl } from './redis-options';

const valid = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('accepts a minimal environment and fills the defaults', () => {
    const cfg = loadConfig(valid);
    expect(cfg.QUEUE_PREFIX).toBe('mm');
    expect(cfg.SCORER_CONCURRENCY).toBe(4);
    expect(cfg.NODE_ENV).toBe('development');
  });

  it('rejects a missing DATABASE_URL with one line naming it', () => {
    expect(() => loadConfig({ REDIS_URL: valid.REDIS_URL })).toThrow(
      new ConfigError('Invalid configuration: DATABASE_URL is required but not set'),
    );
  });

  it('rejects a malformed REDIS_URL naming the variable', () => {
    expect(() => loadConfig({ ...valid, REDIS_URL: 'localhost:6379' })).toThrow(/^Invalid configuration: REDIS_URL must be a redis:\/\//);
  });

  it('rejects a non-numeric port and a bad enum', () => {
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => loadConfig({ ...valid, LOG_LEVEL: 'loud' })).toThrow(/^Invalid configuration: LOG_LEVEL /);
  });

  it('treats empty strings as unset', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: '' })).toThrow(/DATABASE_URL is required/);
  });

  it('never prints a password', () => {
    try {
      loadConfig({ ...valid, DATABASE_URL: 'mysql://u:s3cret@h/db' });
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cret');
    }
  });
});

describe('redis url helpers', () => {
  it('parses host, port, password and db', () => {
    expect(redisOptionsFromUrl('redis://:pw@example.test:6380/2')).toMatchObject({ host: 'example.test', port: 6380, password: 'pw', db: 2 });
  });
  it('redacts passwords', () => {
    expect(redactUrl('redis://:pw@h:1/0')).not.toContain('pw');
  });
});
