import { setFlagsFromString } from 'node:v8';

/**
 * A larger cumulative inlining budget lets V8 inline the scoring kernel's helpers, so the hot loop boxes
 * no doubles (no garbage per pair) and runs ~1.4x faster (libs/matching/README.md, "Performance notes").
 * Set before any ranking code runs: V8 reads it when it optimises a function, and nothing is hot yet.
 * SCORER_DEFAULT_INLINING=1 keeps Node's default (to compare).
 */
export const SCORER_INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=8000';
if (process.env.SCORER_DEFAULT_INLINING !== '1') setFlagsFromString(SCORER_INLINING_FLAG);
