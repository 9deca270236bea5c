// npm run taxonomy:build-demo -- --en <ESCO v1.1.1 en folder> --es <ESCO v1.0 es folder>
//
// Writes the demo taxonomy shipped with the project (libs/taxonomy/data/demo): a subset of the official
// ESCO CSV files, in the very same format, so the one importer loads both. It holds the occupations of
// the sectors our programmes serve, all their essential skills, a few optional ones each, the broader
// skills and skill groups above them, and the ISCO groups above the occupations, in English and Spanish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRows, type CsvRow } from '@app/taxonomy';
import { cliArgs } from './lib/cli-args';

/** Occupations by ESCO English preferred label, per sector. */
const OCCUPATIONS: Record<string, string[]> = {
  'retail and pharmacy sales': ['shop assistant', 'sales assistant', 'cashier', 'pharmacy assistant', 'pharmacy technician', 'fruit and vegetables specialised seller'],
  'logistics and driving': ['forklift operator', 'warehouse worker', 'warehouse order picker', 'moving truck driver', 'car and van delivery driver', 'bus driver', 'taxi driver'],
  'bakery and food': ['baker', 'pastry maker', 'butcher', 'cook', 'kitchen assistant', 'kitchen porter'],
  hospitality: ['waiter/waitress', 'bartender', 'barista', 'hospitality establishment receptionist', 'room attendant'],
  construction: ['bricklayer', 'construction painter', 'plumber', 'building electrician', 'carpenter'],
  'care and health support': ['healthcare assistant', 'nurse assistant', 'home care aide', 'child care worker', 'hospital porter'],
  agriculture: ['fruit and vegetable picker', 'crop production worker', 'livestock worker', 'garden labourer', 'horticulture worker'],
  cleaning: ['building cleaner', 'window cleaner', 'laundry worker', 'domestic housekeeper'],
  'basic IT': ['ICT help desk agent', 'data entry clerk', 'call centre agent'],
};
/** Optional skills kept per occupation (the first ones by URI: deterministic). */
const OPTIONAL_PER_OCCUPATION = 3;
/**
 * Long texts the service does not use are left empty (the columns stay, so the files keep the official
 * shape): it keeps the demo small enough to commit. Occupation descriptions are kept.
 */
const BLANKED = ['description', 'definition', 'scopeNote', 'inScheme', 'modifiedDate', 'Description', 'Scope note', 'regulatedProfessionNote', 'hiddenLabels'];

function args(): { en: string; es: string; out: string } {
  const { values } = cliArgs({
    usage: 'npm run taxonomy:build-demo -- [--en <folder>] [--es <folder>] [--out <folder>]',
    description: 'Writes the demo taxonomy shipped with the project: a subset of the official ESCO CSV files, same format.',
    options: { en: { type: 'string', default: '../shared/data/esco/v1.1.1-en' }, es: { type: 'string', default: '../shared/data/esco/v1.0-es' }, out: { type: 'string', default: 'libs/taxonomy/data/demo' } },
    help: { en: 'ESCO v1.1.1 English CSV folder', es: 'ESCO v1.0 Spanish CSV folder', out: 'where the demo CSV files go' },
  });
  return values as { en: string; es: string; out: string };
}

interface Table {
  header: string[];
  rows: CsvRow[];
}

async function readTable(file: string): Promise<Table> {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(file)) rows.push(row);
  return { header: rows.length ? Object.keys(rows[0]) : [], rows };
}

function csvField(v: string | undefined): string {
  const s = v ?? '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeTable(dir: string, name: string, t: Table, keep: (r: CsvRow) => boolean): number {
  const kept = t.rows.filter(keep);
  const keepText = name.startsWith('occupations_');
  const value = (r: CsvRow, h: string) => (!keepText && BLANKED.includes(h) ? '' : r[h]);
  const lines = [t.header.join(','), ...kept.map((r) => t.header.map((h) => csvField(value(r, h))).join(','))];
  writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return kept.length;
}

async function main(): Promise<void> {
  const { en, es, out } = args();
  mkdirSync(out, { recursive: true });

  const occupations = await readTable(join(en, 'occupations_en.csv'));
  const wanted = new Map(Object.values(OCCUPATIONS).flat().map((l) => [l, false]));
  const occUris = new Set<string>();
  for (const r of occupations.rows) {
    if (wanted.has(r.preferredLabel)) {
      wanted.set(r.preferredLabel, true);
      occUris.add(r.conceptUri);
    }
  }
  const missing = [...wanted].filter(([, found]) => !found).map(([l]) => l);
  if (missing.length) process.stderr.write(`not in this ESCO version, skipped: ${missing.join(', ')}\n`);

  const relations = await readTable(join(en, 'occupationSkillRelations.csv'));
  const skillUris = new Set<string>();
  const optionalTaken = new Map<string, number>();
  const keptRelations = new Set<CsvRow>();
  const sortedRelations = [...relations.rows].sort((a, b) => a.skillUri.localeCompare(b.skillUri));
  for (const r of sortedRelations) {
    if (!occUris.has(r.occupationUri)) continue;
    if (r.relationType === 'optional') {
      const n = optionalTaken.get(r.occupationUri) ?? 0;
      if (n >= OPTIONAL_PER_OCCUPATION) continue;
      optionalTaken.set(r.occupationUri, n + 1);
    }
    keptRelations.add(r);
    skillUris.add(r.skillUri);
  }

  // Broader skills and groups up to the top, so relatedness works on the demo too.
  const broader = await readTable(join(en, 'broaderRelationsSkillPillar.csv'));
  const up = new Map<string, string[]>();
  for (const r of broader.rows) {
    if (!up.has(r.conceptUri)) up.set(r.conceptUri, []);
    up.get(r.conceptUri)!.push(r.broaderUri);
  }
  const pillar = new Set<string>(skillUris);
  const queue = [...skillUris];
  while (queue.length) {
    for (const b of up.get(queue.pop()!) ?? []) {
      if (!pillar.has(b)) {
        pillar.add(b);
        queue.push(b);
      }
    }
  }

  const isco = await readTable(join(en, 'ISCOGroups_en.csv'));
  const iscoCodes = new Set<string>();
  for (const r of occupations.rows) {
    if (!occUris.has(r.conceptUri)) continue;
    for (let n = 1; n <= r.iscoGroup.length; n++) iscoCodes.add(r.iscoGroup.slice(0, n));
  }

  const inPillar = (r: CsvRow) => pillar.has(r.conceptUri);
  const counts: Record<string, number> = {};
  counts.occupations = writeTable(out, 'occupations_en.csv', occupations, (r) => occUris.has(r.conceptUri));
  counts.skills = writeTable(out, 'skills_en.csv', await readTable(join(en, 'skills_en.csv')), inPillar);
  counts.skillGroups = writeTable(out, 'skillGroups_en.csv', await readTable(join(en, 'skillGroups_en.csv')), inPillar);
  counts.iscoGroups = writeTable(out, 'ISCOGroups_en.csv', isco, (r) => iscoCodes.has(r.code));
  counts.relations = writeTable(out, 'occupationSkillRelations.csv', relations, (r) => keptRelations.has(r));
  counts.broader = writeTable(out, 'broaderRelationsSkillPillar.csv', broader, (r) => pillar.has(r.conceptUri) && pillar.has(r.broaderUri));
  counts.hierarchy = writeTable(out, 'skillsHierarchy_en.csv', await readTable(join(en, 'skillsHierarchy_en.csv')), (r) =>
    [0, 1, 2, 3].every((l) => !r[`Level ${l} URI`] || pillar.has(r[`Level ${l} URI`])),
  );
  counts.occupations_es = writeTable(out, 'occupations_es.csv', await readTable(join(es, 'occupations_es.csv')), (r) => occUris.has(r.conceptUri));
  counts.skills_es = writeTable(out, 'skills_es.csv', await readTable(join(es, 'skills_es.csv')), inPillar);
  counts.skillGroups_es = writeTable(out, 'skillGroups_es.csv', await readTable(join(es, 'skillGroups_es.csv')), inPillar);
  counts.iscoGroups_es = writeTable(out, 'ISCOGroups_es.csv', await readTable(join(es, 'ISCOGroups_es.csv')), (r) => iscoCodes.has(r.code));
  process.stdout.write(`demo taxonomy written to ${out}: ${JSON.stringify(counts)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
