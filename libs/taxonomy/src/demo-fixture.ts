/** The demo taxonomy, loaded once per test file (shared by the unit tests). */
import type { Taxonomy } from './taxonomy';
import { loadDemoTaxonomy } from './taxonomy';

let loading: Promise<Taxonomy> | null = null;
export function demoTaxonomy(): Promise<Taxonomy> {
  return (loading ??= loadDemoTaxonomy());
}
