/**
 * Streaming reader of the official ESCO CSV download (any ESCO version, any language files present).
 *
 * Folder layout, as ESCO ships it: `occupations_<lang>.csv`, `skills_<lang>.csv`, `skillGroups_<lang>.csv`,
 * `ISCOGroups_<lang>.csv`, `skillsHierarchy_<lang>.csv` (labels per language) and the language-neutral
 * `occupationSkillRelations.csv` and `broaderRelationsSkillPillar.csv`. Several folders can be read
 * together (e.g. v1.1.1 English + v1.0 Spanish): the first folder holding `occupationSkillRelations.csv`
 * is the primary one and decides which concepts exist and their attributes (ISCO group, skill type);
 * the other folders only add labels, joined by concept URI (concepts unknown to the primary are dropped,
 * they are obsolete in the newer version).
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import type {
  EscoBroader,
  EscoDataset,
  EscoIscoGroup,
  EscoOccupation,
  EscoOccupationSkill,
  EscoSkill,
  EscoSkillGroup,
  Labels,
  Lang,
  LocalisedLabels,
  RelationType,
  ReuseLevel,
  SkillType,
} from './types';

export type CsvRow = Record<string, string>;

/** Rows of one CSV file as objects keyed by the header, streamed (the relations file is 21 MB). */
export async function* readCsvRows(file: string): AsyncGenerator<CsvRow> {
  // relax_column_count: skillsHierarchy rows stop after the last non-empty level.
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const row of parser) yield row as CsvRow;
}

/** "a\nb\n\nc" -> ["a","b","c"]: ESCO packs several labels in one quoted field, one per line. */
export function splitLabels(field: string | undefined): string[] {
  if (!field) return [];
  const out: string[] = [];
  for (const part of field.split(/\r?\n/)) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** ESCO skillType values ("skill/competence", "knowledge", odd ones like "skill/competence knowledge"). */
export function normaliseSkillType(raw: string | undefined): SkillType | null {
  const v = (raw ?? '').trim().toLowerCase();
  if (!v) return null;
  if (v.startsWith('skill')) return 'skill/competence';
  if (v.startsWith('knowledge')) return 'knowledge';
  if (v.startsWith('language')) return 'language';
  if (v.startsWith('attitude')) return 'attitude';
  return null;
}

export function normaliseReuseLevel(raw: string | undefined): ReuseLevel | null {
  const v = (raw ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  switch (v) {
    case 'transversal':
    case 'cross-sector':
    case 'sector-specific':
    case 'occupation-specific':
      return v;
    case 'cross-sectoral':
      return 'cross-sector';
    default:
      return null;
  }
}

function normaliseRelation(raw: string | undefined): RelationType | null {
  const v = (raw ?? '').trim().toLowerCase();
  return v === 'essential' || v === 'optional' ? v : null;
}

const LANGUAGE_FILE = /^(occupations|skills|skillGroups|ISCOGroups|skillsHierarchy)_([a-zA-Z-]{2,8})\.csv$/;

export interface FolderFiles {
  dir: string;
  /** kind -> lang -> path */
  byKind: Map<string, Map<Lang, string>>;
  relations: string | null;
  broaderSkills: string | null;
}

export function listEscoFiles(dir: string): FolderFiles {
  if (!existsSync(dir)) throw new Error(`ESCO folder not found: ${dir}`);
  const byKind = new Map<string, Map<Lang, string>>();
  for (const name of readdirSync(dir)) {
    const m = LANGUAGE_FILE.exec(name);
    if (!m) continue;
    const kind = m[1];
    if (!byKind.has(kind)) byKind.set(kind, new Map());
    byKind.get(kind)!.set(m[2].toLowerCase(), join(dir, name));
  }
  const rel = join(dir, 'occupationSkillRelations.csv');
  const br = join(dir, 'broaderRelationsSkillPillar.csv');
  return { dir, byKind, relations: existsSync(rel) ? rel : null, broaderSkills: existsSync(br) ? br : null };
}

/** The language whose file decides attributes: English when present (ESCO's master language), else the first. */
function primaryLanguage(langs: Lang[]): Lang | null {
  if (langs.length === 0) return null;
  return langs.includes('en') ? 'en' : [...langs].sort()[0];
}

function labelsFrom(row: CsvRow): LocalisedLabels {
  const preferred = (row.preferredLabel ?? '').trim();
  return {
    preferred,
    alt: splitLabels(row.altLabels).filter((l) => l !== preferred),
    hidden: splitLabels(row.hiddenLabels),
  };
}

export interface ReadOptions {
  /** Called after each file with the number of rows read so far (progress bars). */
  onFile?: (file: string, rows: number) => void;
}

/**
 * Reads one or more ESCO folders into an `EscoDataset` (see the file comment for how folders combine).
 * Rows are streamed; the result holds only the fields the service uses.
 */
export async function readEscoFolders(dirs: string | string[], opts: ReadOptions = {}): Promise<EscoDataset> {
  const folders = (Array.isArray(dirs) ? dirs : [dirs]).map(listEscoFiles);
  const primary = folders.find((f) => f.relations) ?? folders[0];
  const ordered = [primary, ...folders.filter((f) => f !== primary)];
  const languages: Lang[] = [];
  const occupations = new Map<string, EscoOccupation>();
  const skills = new Map<string, EscoSkill>();
  const groups = new Map<string, EscoSkillGroup>();
  const isco = new Map<string, EscoIscoGroup>();
  let total = 0;
  const note = (file: string) => opts.onFile?.(file, total);

  for (const folder of ordered) {
    const langs = [...new Set([...folder.byKind.values()].flatMap((m) => [...m.keys()]))];
    const main = folder === primary ? primaryLanguage(langs) : null;
    for (const lang of [...langs].sort((a, b) => (a === main ? -1 : b === main ? 1 : a.localeCompare(b)))) {
      // Attributes come from the primary folder's primary language; every other file only adds labels.
      const decides = lang === main;
      if (!languages.includes(lang)) languages.push(lang);

      const occFile = folder.byKind.get('occupations')?.get(lang);
      if (occFile) {
        for await (const row of readCsvRows(occFile)) {
          total++;
          const uri = row.conceptUri?.trim();
          if (!uri) continue;
          let occ = occupations.get(uri);
          if (!occ) {
            if (!decides) continue;
            occ = { uri, iscoGroup: iscoCode(row.iscoGroup), code: row.code?.trim() || null, labels: {}, description: {} };
            occupations.set(uri, occ);
          }
          setLabels(occ.labels, lang, labelsFrom(row));
          if (row.description?.trim()) occ.description[lang] = row.description.trim();
        }
        note(occFile);
      }

      const skillFile = folder.byKind.get('skills')?.get(lang);
      if (skillFile) {
        for await (const row of readCsvRows(skillFile)) {
          total++;
          const uri = row.conceptUri?.trim();
          if (!uri) continue;
          let skill = skills.get(uri);
          if (!skill) {
            if (!decides) continue;
            skill = { uri, skillType: normaliseSkillType(row.skillType), reuseLevel: normaliseReuseLevel(row.reuseLevel), labels: {}, description: {} };
            skills.set(uri, skill);
          }
          setLabels(skill.labels, lang, labelsFrom(row));
          if (row.description?.trim()) skill.description[lang] = row.description.trim();
        }
        note(skillFile);
      }

      const groupFile = folder.byKind.get('skillGroups')?.get(lang);
      if (groupFile) {
        for await (const row of readCsvRows(groupFile)) {
          total++;
          const uri = row.conceptUri?.trim();
          if (!uri) continue;
          let g = groups.get(uri);
          if (!g) {
            if (!decides) continue;
            g = { uri, code: row.code?.trim() || null, labels: {} };
            groups.set(uri, g);
          }
          setLabels(g.labels, lang, labelsFrom(row));
        }
        note(groupFile);
      }

      const hierarchyFile = folder.byKind.get('skillsHierarchy')?.get(lang);
      if (hierarchyFile && decides) {
        // The only place ESCO gives the S/K/L/T codes of the upper skill groups.
        for await (const row of readCsvRows(hierarchyFile)) {
          total++;
          for (let level = 0; level <= 3; level++) {
            const uri = row[`Level ${level} URI`]?.trim();
            const code = row[`Level ${level} code`]?.trim();
            const g = uri ? groups.get(uri) : undefined;
            if (g && code && !g.code) g.code = code;
          }
        }
        note(hierarchyFile);
      }

      const iscoFile = folder.byKind.get('ISCOGroups')?.get(lang);
      if (iscoFile) {
        for await (const row of readCsvRows(iscoFile)) {
          total++;
          const uri = row.conceptUri?.trim();
          const code = iscoCode(row.code);
          if (!uri || !code) continue;
          let g = isco.get(code);
          if (!g) {
            if (!decides) continue;
            g = { code, uri, labels: {} };
            isco.set(code, g);
          }
          setLabels(g.labels, lang, labelsFrom(row));
        }
        note(iscoFile);
      }
    }
  }

  const relations: EscoOccupationSkill[] = [];
  if (primary.relations) {
    const seen = new Set<string>();
    for await (const row of readCsvRows(primary.relations)) {
      total++;
      const occupationUri = row.occupationUri?.trim();
      const skillUri = row.skillUri?.trim();
      const relation = normaliseRelation(row.relationType);
      if (!occupationUri || !skillUri || !relation) continue;
      if (!occupations.has(occupationUri) || !skills.has(skillUri)) continue;
      const key = occupationUri + ' ' + skillUri;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ occupationUri, skillUri, relation });
    }
    note(primary.relations);
  }

  const broader: EscoBroader[] = [];
  if (primary.broaderSkills) {
    for await (const row of readCsvRows(primary.broaderSkills)) {
      total++;
      const kind = conceptKind(row.conceptType);
      const broaderKind = conceptKind(row.broaderType);
      const uri = row.conceptUri?.trim();
      const broaderUri = row.broaderUri?.trim();
      if (!kind || !broaderKind || !uri || !broaderUri) continue;
      const known = (k: 'skill' | 'group', u: string) => (k === 'skill' ? skills.has(u) : groups.has(u));
      if (!known(kind, uri) || !known(broaderKind, broaderUri)) continue;
      broader.push({ uri, kind, broaderUri, broaderKind });
    }
    note(primary.broaderSkills);
  }

  const dataset: EscoDataset = {
    languages,
    occupations: [...occupations.values()],
    skills: [...skills.values()],
    skillGroups: [...groups.values()],
    iscoGroups: [...isco.values()],
    relations,
    broader,
  };
  markLanguageSkills(dataset);
  return dataset;
}

function setLabels(labels: Labels, lang: Lang, l: LocalisedLabels): void {
  if (!l.preferred) return;
  labels[lang] = l;
}

function iscoCode(raw: string | undefined): string | null {
  const v = (raw ?? '').trim().replace(/^C/, '');
  return /^\d{1,4}$/.test(v) ? v : null;
}

function conceptKind(raw: string | undefined): 'skill' | 'group' | null {
  if (raw === 'KnowledgeSkillCompetence') return 'skill';
  if (raw === 'SkillGroup') return 'group';
  return null;
}

/**
 * ESCO types language competences as "knowledge"; the service treats them apart (CEFR levels, not skill
 * coverage), so every skill under the "language skills and knowledge" group (code L) becomes `language`.
 */
export function markLanguageSkills(ds: EscoDataset): void {
  const languageRoots = new Set(ds.skillGroups.filter((g) => g.code === 'L').map((g) => g.uri));
  if (languageRoots.size === 0) return;
  const up = new Map<string, string[]>();
  for (const b of ds.broader) {
    if (!up.has(b.uri)) up.set(b.uri, []);
    up.get(b.uri)!.push(b.broaderUri);
  }
  const memo = new Map<string, boolean>();
  const underLanguage = (uri: string, depth: number): boolean => {
    if (languageRoots.has(uri)) return true;
    const cached = memo.get(uri);
    if (cached !== undefined) return cached;
    if (depth > 12) return false;
    const r = (up.get(uri) ?? []).some((p) => underLanguage(p, depth + 1));
    memo.set(uri, r);
    return r;
  };
  for (const s of ds.skills) if (underLanguage(s.uri, 0)) s.skillType = 'language';
}
