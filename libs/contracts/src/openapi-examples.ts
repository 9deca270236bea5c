import { z } from 'zod';

/**
 * Example values for the OpenAPI documents: nestjs-zod passes zod 4's `.meta({ description, example })`
 * through to each field. One id per kind of thing, so that the examples of a response fit together.
 */
export const EXAMPLE_ID = {
  profile: '0b6f3c2e-5d1a-4c8e-9f7b-2a4d6e8f0a1c',
  opportunity: '7c9e2f4a-1b3d-4e5f-8a6b-9c0d1e2f3a4b',
  organisation: '3a1f5e7c-9b2d-4f6a-8c0e-1d3f5a7b9c2e',
  apiKey: '5e2a8c4f-6b1d-4a9e-b3c7-0f2d4a6e8b1c',
  placement: '9d4b6f8a-2c1e-4b3d-a5f7-8e0c2a4b6d9f',
  fair: '2f8d0b6e-4a3c-4e1f-9b7d-5c3a1e9f7b2d',
  shortlist: '6a0c8e2d-4f1b-4d3e-8a9c-7b5d3f1e9a0c',
  cohort: '8b2e4d6f-0a1c-4e3b-9d5f-7a9c1e3b5d8f',
  matchRequest: '4c6e8a0b-2d1f-4a3c-b5e7-9f1b3d5a7c0e',
} as const;

export const EXAMPLE_DATE_TIME = '2026-03-02T09:30:00.000Z';
export const EXAMPLE_DATE = '2026-03-02';
export const EXAMPLE_SKILL_URI = 'http://data.europa.eu/esco/skill/0c0c7c04-ec62-4b46-8a8f-c8b4e8c6f0b1';
export const EXAMPLE_OCCUPATION_URI = 'http://data.europa.eu/esco/occupation/0f2c3b31-1a7f-4e29-b1c6-0ef0e3c1b0a9';

/** A uuid field: what it identifies, and an example. */
export const idField = (description: string, example: string) => z.uuid().meta({ description, example });

/** A timestamp in responses (ISO 8601, UTC). */
export const dateTimeField = (description: string) => z.iso.datetime().meta({ description, example: EXAMPLE_DATE_TIME });
