/**
 * The taxonomy compiled for the engine: every skill, skill group and occupation gets a dense integer id
 * (position in URI order, so two builds from the same data give the same ids), relations become typed
 * arrays (CSR: `offsets[i]..offsets[i+1]` into `values`). The scorer loads it once; nothing in it
 * needs the database. `snapshotToJSON` / `snapshotFromJSON` make it serialisable.
 */
import { createHash } from 'node:crypto';
import type { LabelEntry } from './label-index';
import type { EscoDataset, Labels, Lang, ReuseLevel, SkillType } from './types';

/** Compressed sparse rows: the values of row i are values[offsets[i] .. offsets[i+1]), sorted. */
export interface Csr {
  offsets: Int32Array;
  values: Int32Array;
}

/** Labels of a concept table per language: preferred[lang][id] ('' when missing) and search labels (alt + hidden). */
export interface ConceptLabels {
  preferred: Record<Lang, string[]>;
  alt: Record<Lang, string[][]>;
}

export interface TaxonomySnapshot {
  /** Content hash: results computed against the snapshot can name the taxonomy version they used. */
  version: string;
  languages: Lang[];
  skills: {
    uris: string[];
    labels: ConceptLabels;
    type: (SkillType | null)[];
    reuseLevel: (ReuseLevel | null)[];
  };
  /** Broader skill of each skill (a skill, not a group), or -1. */
  skillBroader: Int32Array;
  /** Nearest skill group of each skill (its own or its broader skill's), or -1. */
  skillGroup: Int32Array;
  groups: { uris: string[]; codes: (string | null)[]; labels: Record<Lang, string[]> };
  occupations: {
    uris: string[];
    labels: ConceptLabels;
    /** ISCO-08 unit group as an integer (5223), or -1. */
    iscoGroup: Int32Array;
  };
  /** Essential / optional skill ids per occupation id. */
  essential: Csr;
  optional: Csr;
  iscoGroups: { codes: string[]; labels: Record<Lang, string[]> };
}

export function csrRow(csr: Csr, row: number): Int32Array {
  return csr.values.subarray(csr.offsets[row], csr.offsets[row + 1]);
}

function byUri<T extends { uri: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function labelTable(items: ReadonlyArray<{ labels: Labels }>, languages: Lang[]): ConceptLabels {
  const preferred: Record<Lang, string[]> = {};
  const alt: Record<Lang, string[][]> = {};
  for (const lang of languages) {
    preferred[lang] = items.map((c) => c.labels[lang]?.preferred ?? '');
    alt[lang] = items.map((c) => {
      const l = c.labels[lang];
      return l ? [...l.alt, ...l.hidden.filter((h) => !l.alt.includes(h) && h !== l.preferred)] : [];
    });
  }
  return { preferred, alt };
}

function buildCsr(rows: number, pairs: Array<[number, number]>): Csr {
  const counts = new Int32Array(rows + 1);
  for (const [r] of pairs) counts[r + 1]++;
  for (let i = 0; i < rows; i++) counts[i + 1] += counts[i];
  const values = new Int32Array(pairs.length);
  const fill = counts.slice(0, rows);
  for (const [r, v] of pairs) values[fill[r]++] = v;
  for (let i = 0; i < rows; i++) values.subarray(counts[i], counts[i + 1]).sort();
  return { offsets: counts, values };
}

export function buildSnapshot(ds: EscoDataset): TaxonomySnapshot {
  const skills = byUri(ds.skills);
  const groups = byUri(ds.skillGroups);
  const occupations = byUri(ds.occupations);
  const iscoGroups = [...ds.iscoGroups].sort((a, b) => a.code.localeCompare(b.code));
  const skillId = new Map(skills.map((s, i) => [s.uri, i]));
  const groupId = new Map(groups.map((g, i) => [g.uri, i]));
  const occId = new Map(occupations.map((o, i) => [o.uri, i]));

  // Direct links, sorted so that the chosen parent / group does not depend on file order.
  const parentSkill = new Map<number, number>();
  const directGroup = new Map<number, number>();
  for (const b of [...ds.broader].sort((x, y) => (x.broaderUri < y.broaderUri ? -1 : x.broaderUri > y.broaderUri ? 1 : 0))) {
    if (b.kind !== 'skill') continue;
    const s = skillId.get(b.uri);
    if (s === undefined) continue;
    if (b.broaderKind === 'skill') {
      const p = skillId.get(b.broaderUri);
      if (p !== undefined && p !== s && !parentSkill.has(s)) parentSkill.set(s, p);
    } else {
      const g = groupId.get(b.broaderUri);
      if (g !== undefined && !directGroup.has(s)) directGroup.set(s, g);
    }
  }
  const skillBroader = new Int32Array(skills.length).fill(-1);
  for (const [s, p] of parentSkill) skillBroader[s] = p;
  const skillGroup = new Int32Array(skills.length).fill(-1);
  for (let s = 0; s < skills.length; s++) {
    // Narrower skills usually hang under a skill, not a group: inherit the group of the nearest ancestor.
    let cur = s;
    for (let depth = 0; depth < 10 && cur >= 0; depth++) {
      const g = directGroup.get(cur);
      if (g !== undefined) {
        skillGroup[s] = g;
        break;
      }
      cur = skillBroader[cur];
    }
  }

  const essential: Array<[number, number]> = [];
  const optional: Array<[number, number]> = [];
  for (const r of ds.relations) {
    const o = occId.get(r.occupationUri);
    const s = skillId.get(r.skillUri);
    if (o === undefined || s === undefined) continue;
    (r.relation === 'essential' ? essential : optional).push([o, s]);
  }

  const languages = [...ds.languages];
  const hash = createHash('sha256');
  for (const s of skills) hash.update(s.uri + '\n');
  for (const o of occupations) hash.update(o.uri + ' ' + (o.iscoGroup ?? '') + '\n');
  for (const [o, s] of essential) hash.update(`e${o},${s};`);
  for (const [o, s] of optional) hash.update(`o${o},${s};`);
  hash.update(skillBroader.join(',') + skillGroup.join(','));

  const groupLabels: Record<Lang, string[]> = {};
  const iscoLabels: Record<Lang, string[]> = {};
  for (const lang of languages) {
    groupLabels[lang] = groups.map((g) => g.labels[lang]?.preferred ?? '');
    iscoLabels[lang] = iscoGroups.map((g) => g.labels[lang]?.preferred ?? '');
  }

  return {
    version: hash.digest('hex').slice(0, 16),
    languages,
    skills: {
      uris: skills.map((s) => s.uri),
      labels: labelTable(skills, languages),
      type: skills.map((s) => s.skillType),
      reuseLevel: skills.map((s) => s.reuseLevel),
    },
    skillBroader,
    skillGroup,
    groups: { uris: groups.map((g) => g.uri), codes: groups.map((g) => g.code), labels: groupLabels },
    occupations: {
      uris: occupations.map((o) => o.uri),
      labels: labelTable(occupations, languages),
      iscoGroup: Int32Array.from(occupations, (o) => (o.iscoGroup && o.iscoGroup.length === 4 ? Number(o.iscoGroup) : -1)),
    },
    essential: buildCsr(occupations.length, essential),
    optional: buildCsr(occupations.length, optional),
    iscoGroups: { codes: iscoGroups.map((g) => g.code), labels: iscoLabels },
  };
}

/**
 * Every label of the snapshot as index entries. `keep` lets an evaluation hold labels out.
 */
export function labelEntries(snap: TaxonomySnapshot, keep: (e: LabelEntry) => boolean = () => true): LabelEntry[] {
  const out: LabelEntry[] = [];
  const add = (kind: LabelEntry['kind'], uris: string[], labels: ConceptLabels) => {
    for (const lang of snap.languages) {
      const pref = labels.preferred[lang] ?? [];
      const alt = labels.alt[lang] ?? [];
      for (let id = 0; id < uris.length; id++) {
        if (pref[id]) {
          const e: LabelEntry = { kind, id, uri: uris[id], lang, text: pref[id], preferred: true };
          if (keep(e)) out.push(e);
        }
        for (const text of alt[id] ?? []) {
          const e: LabelEntry = { kind, id, uri: uris[id], lang, text, preferred: false };
          if (keep(e)) out.push(e);
        }
      }
    }
  };
  add('skill', snap.skills.uris, snap.skills.labels);
  add('occupation', snap.occupations.uris, snap.occupations.labels);
  return out;
}

type Json = ReturnType<typeof JSON.parse>;

/** Typed arrays become plain arrays; `snapshotFromJSON(JSON.parse(JSON.stringify(snapshotToJSON(s))))` round-trips. */
export function snapshotToJSON(s: TaxonomySnapshot): Json {
  const arr = (a: Int32Array) => Array.from(a);
  return {
    ...s,
    skillBroader: arr(s.skillBroader),
    skillGroup: arr(s.skillGroup),
    occupations: { ...s.occupations, iscoGroup: arr(s.occupations.iscoGroup) },
    essential: { offsets: arr(s.essential.offsets), values: arr(s.essential.values) },
    optional: { offsets: arr(s.optional.offsets), values: arr(s.optional.values) },
  };
}

export function snapshotFromJSON(j: Json): TaxonomySnapshot {
  const i32 = (a: number[]) => Int32Array.from(a);
  return {
    ...j,
    skillBroader: i32(j.skillBroader),
    skillGroup: i32(j.skillGroup),
    occupations: { ...j.occupations, iscoGroup: i32(j.occupations.iscoGroup) },
    essential: { offsets: i32(j.essential.offsets), values: i32(j.essential.values) },
    optional: { offsets: i32(j.optional.offsets), values: i32(j.optional.values) },
  } as TaxonomySnapshot;
}
