/**
 * The stored form of a person's ranked options (`match_results.results` / `.excluded`): language-neutral
 * reason codes with parameters; sentences are rendered at read time in the reader's language.
 * `reasons` are the engine's `Reason` objects (libs/matching/src/explain.ts), kept opaque here because
 * contracts do not depend on the engine.
 */
export interface StoredPathway {
  value: number;
  normalised: number;
  unlockedOpportunityIds: string[];
  selfEmployment: boolean;
}

export interface StoredMatchOption {
  opportunityId: string;
  kind: 'job' | 'apprenticeship' | 'training';
  score: number;
  rankScore: number;
  components: Record<string, number>;
  pathway: StoredPathway | null;
  reasons: Array<Record<string, unknown>>;
}

export interface StoredExcludedOption {
  opportunityId: string;
  kind: 'job' | 'apprenticeship' | 'training';
  /** Gate reason codes (libs/matching GATE_REASONS). */
  reasons: string[];
}

export interface StoredMatchDocument {
  options: StoredMatchOption[];
  /** Taxonomy skill ids named in reasons -> ESCO URIs, so labels survive a taxonomy reload with new ids. */
  skillUris: Record<string, string>;
  /** Profile sections the scorer needed and did not find (e.g. 'location'): nothing could be ranked. */
  incomplete: string[];
}
