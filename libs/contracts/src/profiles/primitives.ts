import { z } from 'zod';

/**
 * Small validated building blocks of the profile contracts. Kept out of the package index (the profile
 * schemas that use them are exported instead) so their short names cannot clash with other areas'.
 */

/** Free text with a hard size limit and no surrounding blanks; every string on the wire has a limit. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Year 0000 passes zod's ISO date but does not exist in PostgreSQL's calendar (1 BC is followed by AD 1):
 * a `date` column refuses it ("date/time field value out of range"), which was a 500 on every route
 * storing one (found by test/integration/foundation/fuzz-write-routes.int-spec.ts). Every input date uses this.
 */
export const notYearZero = [(d: string) => !d.startsWith('0000'), { error: 'year 0000 does not exist; use 0001-01-01 or later' }] as const;

/** A real calendar date `YYYY-MM-DD` (zod's ISO date rejects 2026-02-30 and 2025-02-29; year 0000 refused, see notYearZero). */
export const isoDate = z.iso
  .date({ error: 'must be a real calendar date YYYY-MM-DD' })
  .refine(...notYearZero)
  .meta({ description: 'A calendar date YYYY-MM-DD', example: '2026-03-02' });

/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as EC' })
  .meta({ description: 'ISO 3166-1 alpha-2', example: 'VE' });

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const escoSkillUri = z
  .string()
  .max(200)
  .regex(new RegExp(`^http://data\\.europa\\.eu/esco/skill/${UUID}$`), { error: 'must be an ESCO skill URI http://data.europa.eu/esco/skill/<uuid>' })
  .meta({ description: 'ESCO skill URI (GET /taxonomy/skills finds it from a label)', example: 'http://data.europa.eu/esco/skill/0c0c7c04-ec62-4b46-8a8f-c8b4e8c6f0b1' });
export const escoOccupationUri = z
  .string()
  .max(200)
  .regex(new RegExp(`^http://data\\.europa\\.eu/esco/occupation/${UUID}$`), { error: 'must be an ESCO occupation URI http://data.europa.eu/esco/occupation/<uuid>' })
  .meta({ description: 'ESCO occupation URI (GET /taxonomy/occupations finds it from a title)', example: 'http://data.europa.eu/esco/occupation/0f2c3b31-1a7f-4e29-b1c6-0ef0e3c1b0a9' });

/** ISCO-08 code: a major group (1 digit) down to a unit group (4 digits). */
export const iscoCode = z
  .string()
  .regex(/^\d{1,4}$/, { error: 'must be an ISCO-08 code of 1 to 4 digits' })
  .meta({ description: 'ISCO-08 code, 1 (major group) to 4 digits (unit group)', example: '7512' });

/**
 * A BCP-47 language tag: primary subtag of 2-3 letters (ISO 639-1 or 639-3, e.g. `es`, `prs`, `kmr`,
 * `ckb`, `ti`), optional script (`Latn`), region (`AF`, `419`) and variants.
 */
export const languageTag = z
  .string()
  .max(35)
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-([a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*$/, { error: 'must be a BCP-47 language tag such as es, prs or ckb-IQ' })
  .meta({ description: 'BCP-47 language tag', example: 'es' });

export const PROFILE_CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const cefrLevel = z.enum(PROFILE_CEFR_LEVELS).meta({ description: 'CEFR level, or native', example: 'B1' });

/** Sector codes: digits are ISCO prefixes, anything else a local or NACE sector code (e.g. `C10`). */
export const sectorCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { error: 'must be a sector code (ISCO prefix or NACE-like code)' });

/** An array with distinct items (enums used as sets). */
export const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs as unknown[]).size === xs.length, { error: 'items must not repeat' });
