import { z } from 'zod';

/** `GET /health/live`: the process is up and serving HTTP. */
export const LivenessSchema = z.object({ status: z.literal('ok') });

/** `GET /health/ready`: each dependency's check; 200 when all pass, else 503 with the same body. */
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']).meta({ example: 'ready' }),
  checks: z
    .record(z.string(), z.object({ ok: z.boolean(), error: z.string().optional().meta({ description: 'Why the check failed' }) }))
    .meta({ description: 'By dependency (postgres, redis)', example: { postgres: { ok: true }, redis: { ok: true } } }),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
