import { z } from 'zod';

/** One problem with one input field; `path` is dotted (e.g. `skills.3.level`). */
export const ErrorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/** The single error envelope every app returns, whatever failed. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(ErrorDetailSchema),
    /** The request's id (as in its `X-Request-Id` response header and its log lines): quote it when reporting a problem. */
    requestId: z.string().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
