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
  /** Ranked although it has no free seat (only in pages computed with waiting-list options; never stored). */
  waitingList?: boolean;
}

export interface StoredExcludedOption {
  opportunityId: string;
  kind: 'job' | 'apprenticeship' | 'training';
  /** Estimated commute minutes (0 remote or home-based, null where the place is unknown). */
  minutes?: number | null;
  /**
   * Every failing gate with its facts (libs/matching `GateDetail`: code + parameters, epoch days). Rows
   * written before issue 15 held bare gate codes (strings).
   */
  reasons: Array<Record<string, unknown> | string>;
}

/**
 * Version of the stored documents' reason format, appended to the taxonomy version a row is stored with
 * (`resultsVersion`): rows of an older format are re-ranked at scorer start and are not served as
 * fresh (issue 15 changed the reason codes and their parameters).
 */
export const RESULTS_FORMAT = 'r2';
export const resultsVersion = (taxonomyVersion: string): string => `${taxonomyVersion}#${RESULTS_FORMAT}`;
export const isCurrentResultsFormat = (storedVersion: string): boolean => storedVersion.endsWith(`#${RESULTS_FORMAT}`);

export interface StoredMatchDocument {
  options: StoredMatchOption[];
  /** Taxonomy skill ids named in reasons -> ESCO URIs, so labels survive a taxonomy reload with new ids. */
  skillUris: Record<string, string>;
  /** The same for occupation ids (experience and aspiration reasons). Absent in documents written before. */
  occupationUris?: Record<string, string>;
  /** Profile sections the scorer needed and did not find (e.g. 'location'): nothing could be ranked. */
  incomplete: string[];
  /**
   * Skill id -> programme ids covering it, once per document: a `skills_missing` reason then stores
   * `coveredBy: []` for those skills (the same few courses repeated over 150 options were most of a
   * row). Absent in documents written before; read through `optionReasons`.
   */
  coveredBy?: Record<string, string[]>;
  /**
   * Programme id -> title, for the covering courses the explanations name (up to 3 for each missing skill
   * of an option), as indexed when ranked. A page names ~200 such courses; reading their
   * titles on every render cost more than the rest of the render (~6 ms, 17 at p95, at 100k). A title
   * change re-ranks everyone whose results name the programme (their `opportunity_ids`), so the stored
   * title stays current like the rest of the document. Absent in documents written before: the titles
   * are read then.
   */
  courseTitles?: Record<string, string>;
}

/** Options of the default page (GET without a kind filter and limit <= this): stored apart as `top`. */
export const TOP_PAGE_SIZE = 20;

interface MissingSkillsReason {
  code: 'skills_missing';
  skills: Array<{ skillId: number; coveredBy: string[] }>;
}
const isMissingSkills = (r: Record<string, unknown>): r is Record<string, unknown> & MissingSkillsReason => r.code === 'skills_missing';

/** Taxonomy skill ids a stored (engine) reason names: what its document must carry the URIs of. */
export function reasonSkillIds(r: Record<string, unknown>): number[] {
  switch (r.code) {
    case 'skills_matched':
    case 'optional_skills_matched':
      return r.skillIds as number[];
    case 'skills_missing':
      return (r as unknown as MissingSkillsReason).skills.map((sk) => sk.skillId);
    case 'partial_skill_match':
      return [r.skillId as number, r.heldSkillId as number];
    default:
      return [];
  }
}

/** Taxonomy occupation ids a stored reason names (experience, aspiration). */
export function reasonOccupationIds(r: Record<string, unknown>): number[] {
  if ((r.code === 'experience_counted' || r.code === 'aspiration_match') && typeof r.occupationId === 'number' && r.occupationId >= 0) return [r.occupationId];
  return [];
}

/** An option's reasons as the engine produced them: covering courses put back from the document's map. */
export function optionReasons(doc: StoredMatchDocument, o: StoredMatchOption): Array<Record<string, unknown>> {
  const map = doc.coveredBy;
  if (!map) return o.reasons;
  return o.reasons.map((r) => (isMissingSkills(r) ? { ...r, skills: r.skills.map((sk) => ({ skillId: sk.skillId, coveredBy: map[String(sk.skillId)] ?? sk.coveredBy })) } : r));
}

/**
 * The first `size` options with only the skill URIs and covering courses they name: what the default
 * page needs, small enough to read on every request.
 */
export function storedTopPage(doc: StoredMatchDocument, size = TOP_PAGE_SIZE): StoredMatchDocument {
  const options = doc.options.slice(0, size);
  const skills = new Set<string>();
  const occupations = new Set<string>();
  for (const o of options) {
    for (const r of o.reasons) {
      for (const id of reasonSkillIds(r)) skills.add(String(id));
      for (const id of reasonOccupationIds(r)) occupations.add(String(id));
    }
  }
  const pick = <T>(rec: Record<string, T>, keep = skills): Record<string, T> => Object.fromEntries(Object.entries(rec).filter(([k]) => keep.has(k)));
  const coveredBy = doc.coveredBy ? pick(doc.coveredBy) : undefined;
  const courses = new Set(Object.values(coveredBy ?? {}).flat());
  const titles = doc.courseTitles;
  return {
    options,
    skillUris: pick(doc.skillUris),
    ...(doc.occupationUris ? { occupationUris: pick(doc.occupationUris, occupations) } : {}),
    incomplete: doc.incomplete,
    ...(coveredBy ? { coveredBy } : {}),
    ...(titles ? { courseTitles: Object.fromEntries(Object.entries(titles).filter(([id]) => courses.has(id))) } : {}),
  };
}
