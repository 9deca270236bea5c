import { z } from 'zod';
import { notYearZero } from '../profiles/primitives';

// Year 0000 refused: PostgreSQL's date column cannot hold it (notYearZero).
const isoDate = z.iso.date({ error: 'must be a real calendar date YYYY-MM-DD' }).refine(...notYearZero);

/** Most indicators a single import may carry (a national shortage list is a few hundred rows). */
export const MAX_INDICATOR_ROWS = 5000;

/**
 * One imported labour-market indicator: an occupation (ESCO URI) or an ISCO-08 code, a region (omitted /
 * null = the whole country), a value 0..1 (1 = strongest shortage), where it comes from and its date.
 * The same (occupation|isco, region, source, date) imported again replaces the value (idempotent).
 */
export const DemandIndicatorInputSchema = z
  .strictObject({
    occupation: z
      .string()
      .trim()
      .max(300)
      .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-fA-F-]{36}$/, { error: 'must be an ESCO occupation URI http://data.europa.eu/esco/occupation/<uuid>' })
      .nullable()
      .optional(),
    isco: z.string().trim().regex(/^[0-9]{1,4}$/, { error: 'must be an ISCO-08 code of 1 to 4 digits' }).nullable().optional(),
    region: z.string().trim().min(1).max(40).nullable().optional(),
    value: z.number().min(0).max(1),
    source: z.string().trim().min(1).max(200),
    date: isoDate,
  })
  .refine((r) => !!r.occupation || !!r.isco, { error: 'give an occupation (ESCO URI) or an isco code', path: ['occupation'] });
export type DemandIndicatorInput = z.infer<typeof DemandIndicatorInputSchema>;

/** JSON form of POST /demand/indicators: an array of indicators. */
export const DemandIndicatorBatchSchema = z.array(DemandIndicatorInputSchema).min(1).max(MAX_INDICATOR_ROWS);

export const DemandImportResultSchema = z.object({
  /** Rows in the request. */
  received: z.number().int(),
  /** New keys stored. */
  inserted: z.number().int(),
  /** Existing keys whose value was replaced (or re-sent unchanged). */
  updated: z.number().int(),
});
export type DemandImportResult = z.infer<typeof DemandImportResultSchema>;

/** GET /demand?occupation=&isco=&region= (at least one of occupation / isco). */
export const DemandQuerySchema = z
  .strictObject({
    occupation: z.string().trim().max(300).optional(),
    isco: z.string().trim().regex(/^[0-9]{1,4}$/).optional(),
    region: z.string().trim().min(1).max(40).optional(),
  })
  .refine((q) => !!q.occupation || !!q.isco, { error: 'give occupation (ESCO URI) or isco', path: ['occupation'] });
export type DemandQuery = z.infer<typeof DemandQuerySchema>;

export const DEMAND_LEVELS = ['high', 'medium', 'low'] as const;

export const DemandViewSchema = z.object({
  occupation: z.string().nullable(),
  isco: z.string().nullable(),
  region: z.string().nullable(),
  /** 0..1: the value the scorer's demand component uses: vacancySignal + (1 - vacancySignal) x the indicator that counts. */
  value: z.number(),
  level: z.enum(DEMAND_LEVELS),
  /** The vacancy signal alone (open jobs, time-decayed, weighted by days unfilled): weightedOpenings / (weightedOpenings + 5). */
  vacancySignal: z.number(),
  weightedOpenings: z.number(),
  /** The indicator the value uses (the newest for the most specific key: occupation before ISCO, region before country), or null. */
  indicator: z.object({ value: z.number(), source: z.string(), date: z.string() }).nullable(),
  /** Imported indicators for this occupation/ISCO in this region or country-wide, newest first. */
  indicators: z.array(z.object({ occupation: z.string().nullable(), isco: z.string().nullable(), region: z.string().nullable(), value: z.number(), source: z.string(), date: z.string() })),
  computedAt: z.iso.datetime(),
});
export type DemandView = z.infer<typeof DemandViewSchema>;
