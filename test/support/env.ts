/** Where the integration tests find PostgreSQL and Redis (CI and dev machines: both on 127.0.0.1). */
export const TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
