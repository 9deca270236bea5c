import { z } from 'zod';

/** One problem with one input field; `path` is dotted (e.g. `skills.3.level`). */
export const ErrorDetailSchema = z.object({
  path: z.string().meta({ description: 'The field, dotted (`skills.3.level`; `line.4.profile_id` in a CSV upload; a header by its name)', example: 'skills.3.level' }),
  message: z.string().meta({ description: 'What is wrong with it, for people', example: 'Invalid option: expected one of "basic"|"intermediate"|"advanced"' }),
  code: z.string().meta({ description: 'Machine-readable kind of problem (zod issue codes such as `invalid_type`, `unrecognized_key`)', example: 'invalid_value' }),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/** The single error envelope every app returns, whatever failed. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Stable, machine-readable error code (`validation_failed`, `not_found`, `version_mismatch`, ...): switch on this', example: 'validation_failed' }),
    message: z.string().meta({ description: 'What went wrong, for people (English)', example: 'The request is not valid' }),
    details: z.array(ErrorDetailSchema).meta({ description: 'One entry per invalid field (empty for errors that are not about a field)' }),
    requestId: z
      .string()
      .optional()
      .meta({ description: "The request's id (as in its `X-Request-Id` response header and its log lines): quote it when reporting a problem", example: '3f2b7c1e-9d4a-4b8e-a1c6-5e7f9a0b2c4d' }),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
