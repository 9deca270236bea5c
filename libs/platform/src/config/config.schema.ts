import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
  error: 'must be a postgres:// or postgresql:// URL, e.g. postgres://user@127.0.0.1:5432/matching',
});

const redisUrl = z.string().refine((v) => /^rediss?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
  error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
});

/**
 * The whole environment contract of the three apps. Everything has a safe default except the two
 * connection URLs, which `npm start` fills in (embedded PostgreSQL, private redis-server) when unset.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: postgresUrl,
  REDIS_URL: redisUrl,
  /** Namespaces every BullMQ key; tests use one prefix per file so they can run in parallel. */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_{}-]{1,40}$/, { error: 'letters, digits, _ - { } only (max 40)' }).default('mm'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Jobs one scorer process works on at once. */
  SCORER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How often the outbox relay looks for unsent rows when nothing woke it. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(200),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** How long a stopping worker lets its running jobs finish before it closes anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  /** Connection pool size per app. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Rendered recommendation pages kept in memory per profile-service process (MiB of JSON; 0 = none). */
  RECOMMENDATIONS_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(128),
  /** Requests per minute per API key (per address without a key), shared through Redis; 0 = no limit. */
  THROTTLE_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  /** Per minute per API key on the costly calls (extract, imports, match requests, shortlists); 0 = no limit. */
  THROTTLE_STRICT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  /** Failed authentications per minute per client address before it gets 429; 0 = no limit. */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(20),
  /** Origins allowed to call the API from a browser (comma-separated, e.g. the console's); empty = CORS off. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^\s/]+$/.test(o)), { error: 'comma-separated origins such as http://127.0.0.1:5173' }),
});

export type AppConfig = z.infer<typeof ConfigSchema>;
