/**
 * The taxonomy as plain records, the same whether it came from the official ESCO CSV files, the shipped
 * demo folder or the PostgreSQL store. Everything downstream (snapshot, label index, importer) takes
 * an `EscoDataset`, so there is one path from any source to the engine.
 */

/** BCP-47 language tag of a label set ("en", "es", ...). Stemming is available for en and es. */
export type Lang = string;

export const SKILL_TYPES = ['skill/competence', 'knowledge', 'language', 'attitude'] as const;
export type SkillType = (typeof SKILL_TYPES)[number];

export const REUSE_LEVELS = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'] as const;
export type ReuseLevel = (typeof REUSE_LEVELS)[number];

export const RELATION_TYPES = ['essential', 'optional'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Labels of one concept in one language. */
export interface LocalisedLabels {
  preferred: string;
  /** Alternative labels (ESCO altLabels), without the preferred label. */
  alt: string[];
  /** ESCO hiddenLabels: misspellings and obsolete terms, useful for search, never shown. */
  hidden: string[];
}

/** Labels per language: `{ en: {...}, es: {...} }`. */
export type Labels = Record<Lang, LocalisedLabels>;

export interface EscoOccupation {
  uri: string;
  /** ISCO-08 unit group (4 digits), from the primary (newest) ESCO version. */
  iscoGroup: string | null;
  /** ESCO occupation code, e.g. "5223.1". */
  code: string | null;
  labels: Labels;
  /** Description per language (may be empty). */
  description: Record<Lang, string>;
}

export interface EscoSkill {
  uri: string;
  skillType: SkillType | null;
  reuseLevel: ReuseLevel | null;
  labels: Labels;
  description: Record<Lang, string>;
}

export interface EscoSkillGroup {
  uri: string;
  /** Hierarchy code ("S1.2", "K0613", "T3"...) where ESCO gives one. */
  code: string | null;
  labels: Labels;
}

export interface EscoIscoGroup {
  /** "5", "52", "522", "5223". */
  code: string;
  uri: string;
  labels: Labels;
}

export interface EscoOccupationSkill {
  occupationUri: string;
  skillUri: string;
  relation: RelationType;
}

/** One edge of the skills pillar: a skill or skill group and its broader skill or skill group. */
export interface EscoBroader {
  uri: string;
  kind: 'skill' | 'group';
  broaderUri: string;
  broaderKind: 'skill' | 'group';
}

export interface EscoDataset {
  /** Languages that have labels, primary language first. */
  languages: Lang[];
  occupations: EscoOccupation[];
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  iscoGroups: EscoIscoGroup[];
  relations: EscoOccupationSkill[];
  broader: EscoBroader[];
}
