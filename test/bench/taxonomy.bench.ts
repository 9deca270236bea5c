// npm run bench -- taxonomy (or npm run bench:taxonomy): lookups against the full shared ESCO
// (v1.1.1 English + v1.0 Spanish labels, ~183k labels), as the endpoints run them: autocomplete
// (`GET /taxonomy/skills|occupations`) and extraction (`POST /taxonomy/extract`, language detected),
// ~2,000 of each per language. Target: under 20 ms per lookup. Skipped when ../shared/data/esco is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { autocomplete, loadTaxonomyFromCsv, type ConceptKind, type Taxonomy } from '@app/taxonomy';
import { percentile, table, writeSection } from './harness';
import { mulberry32 } from '@app/matching';

const ESCO = process.env.ESCO_DIR || join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'esco');
const FOLDERS = [join(ESCO, 'v1.1.1-en'), join(ESCO, 'v1.0-es')];
const PER_LANGUAGE = Number(process.env.BENCH_QUERIES ?? 2000);
const LANGS = ['es', 'en'] as const;

/** The engine's seeded PRNG (mulberry32): the same sequence every run. */
const rng = mulberry32;

/** Swaps two inner letters of one word longer than 5: the typos people make. */
function typo(text: string, r: () => number): string {
  const words = text.split(' ');
  const i = words.findIndex((w) => w.length > 5);
  if (i < 0) return text;
  const w = words[i];
  const k = 1 + Math.floor(r() * (w.length - 3));
  words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  return words.join(' ');
}

function labels(tax: Taxonomy, kind: ConceptKind, lang: string): string[] {
  const pref = (kind === 'skill' ? tax.snapshot.skills : tax.snapshot.occupations).labels.preferred[lang] ?? [];
  // The first form of "vendedor/vendedora" labels, as a person would type it.
  return pref.filter(Boolean).map((l) => l.split('/')[0]);
}

interface Query {
  run: () => void;
}

function autocompleteQueries(tax: Taxonomy, lang: string, r: () => number): Query[] {
  const occ = labels(tax, 'occupation', lang);
  const skills = labels(tax, 'skill', lang);
  return Array.from({ length: PER_LANGUAGE }, (_, i) => {
    const kind: ConceptKind = i % 2 ? 'skill' : 'occupation';
    const pool = kind === 'skill' ? skills : occ;
    const label = pool[Math.floor(r() * pool.length)];
    // What a user has typed so far: 3 characters up to the whole label, with a typo now and then.
    const cut = Math.min(label.length, 3 + Math.floor(r() * 20));
    const q = i % 5 === 0 ? typo(label.slice(0, cut), r) : label.slice(0, cut);
    return { run: () => void autocomplete(tax, kind, q, lang, 10) };
  });
}

function extractionQueries(tax: Taxonomy, lang: string, r: () => number): Query[] {
  const occ = labels(tax, 'occupation', lang);
  const skills = labels(tax, 'skill', lang);
  const pick = (pool: string[]) => pool[Math.floor(r() * pool.length)];
  return Array.from({ length: PER_LANGUAGE }, (_, i) => {
    const [o, s1, s2] = [pick(occ), pick(skills), pick(skills)];
    let text =
      lang === 'es'
        ? `Se busca ${o} con experiencia. Requisitos: ${s1} y ${s2}; incorporación inmediata, jornada completa.`
        : `We are looking for a ${o} with experience. Requirements: ${s1} and ${s2}; immediate start, full time.`;
    if (i % 4 === 0) text = typo(text, r);
    return { run: () => void tax.extract(text) };
  });
}

function measure(queries: Query[]): number[] {
  for (const q of queries.slice(0, 200)) q.run(); // warm-up (JIT, stem cache)
  const ms: number[] = [];
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    q.run();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  if (!FOLDERS.every((d) => existsSync(d))) {
    process.stdout.write(`taxonomy benchmark skipped: the full ESCO download is not in ${ESCO} (set ESCO_DIR)\n`);
    return;
  }
  const t0 = Date.now();
  const tax = await loadTaxonomyFromCsv(FOLDERS);
  const loadS = (Date.now() - t0) / 1000;
  const rows: Array<Record<string, string | number>> = [];
  let worstP95 = 0;
  for (const lang of LANGS) {
    for (const [operation, build] of [
      ['autocomplete (GET /taxonomy/skills, /taxonomy/occupations)', autocompleteQueries],
      ['extract (POST /taxonomy/extract, language detected)', extractionQueries],
    ] as const) {
      const ms = measure(build(tax, lang, rng(lang === 'es' ? 7 : 11)));
      worstP95 = Math.max(worstP95, percentile(ms, 95));
      rows.push({
        operation,
        lang,
        lookups: ms.length,
        'p50 ms': percentile(ms, 50).toFixed(2),
        'p95 ms': percentile(ms, 95).toFixed(2),
        'max ms': ms[ms.length - 1].toFixed(2),
        'mean ms': (ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2),
        'target ms': '< 20',
      });
    }
  }
  const s = tax.snapshot;
  writeSection(
    'Taxonomy lookups',
    'npm run bench -- taxonomy',
    `${table(rows)}\n\nFull shared ESCO (v1.1.1 en + v1.0 es labels): ${s.occupations.uris.length} occupations, ${s.skills.uris.length} skills, ${tax.index.size} labels; ` +
      `CSV -> in-memory taxonomy in ${loadS.toFixed(1)} s (the apps build the same structures from the store at start and on POST /taxonomy/reload). ` +
      `Queries are generated from ESCO preferred labels (seeded): autocomplete = the first 3..22 characters, every 5th with two letters swapped, skills and occupations alternately; ` +
      `extract = a two-sentence job ad naming one occupation and two skills, every 4th with a typo. In-process times (no HTTP), after 200 warm-up lookups. ` +
      `Worst p95: ${worstP95.toFixed(2)} ms.`,
  );
}

main().catch((err) => {
  process.stderr.write(`taxonomy benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
