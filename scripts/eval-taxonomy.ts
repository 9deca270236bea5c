// npm run eval:taxonomy [-- --esco ../shared/data/esco --out docs/quality.md]
//
// Measures text -> concept resolution on the full ESCO with labels held out of the index:
//   - English: one alternative label per concept is removed from the index and used as the query;
//   - Spanish: the Spanish preferred label is removed and used as the query (the concept can still be
//     found by its Spanish alternative labels, which often are the gendered forms, or not at all).
// Reports top-1, top-5 and MRR (reciprocal rank within the top 10) for title -> occupation and
// label -> skill in each language, the lookup latency, and writes docs/quality.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, LabelIndex, labelEntries, normalise, readEscoFolders, type ConceptKind, type LabelEntry, type TaxonomySnapshot } from '@app/taxonomy';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

interface Query {
  kind: ConceptKind;
  id: number;
  lang: string;
  text: string;
}

interface Result {
  name: string;
  queries: number;
  top1: number;
  top5: number;
  mrr: number;
  meanMs: number;
  p95Ms: number;
}

/** Deterministic sample: every k-th concept, so runs compare. */
function sample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}

function heldOutQueries(snap: TaxonomySnapshot, kind: ConceptKind, lang: string, which: 'alt' | 'preferred', max: number): Query[] {
  const table = kind === 'skill' ? snap.skills : snap.occupations;
  const out: Query[] = [];
  for (let id = 0; id < table.uris.length; id++) {
    const pref = table.labels.preferred[lang]?.[id];
    if (!pref) continue;
    if (which === 'preferred') out.push({ kind, id, lang, text: pref });
    else {
      // The first alternative label that is not just the preferred label written differently.
      const alt = (table.labels.alt[lang]?.[id] ?? []).find((a) => normalise(a, lang) !== normalise(pref, lang));
      if (alt) out.push({ kind, id, lang, text: alt });
    }
  }
  return sample(out, max);
}

function evaluate(name: string, snap: TaxonomySnapshot, queries: Query[]): Result {
  const held = new Set(queries.map((q) => `${q.kind}|${q.id}|${q.lang}|${q.text}`));
  const index = LabelIndex.build(labelEntries(snap, (e: LabelEntry) => !held.has(`${e.kind}|${e.id}|${e.lang}|${e.text}`)));
  let top1 = 0;
  let top5 = 0;
  let rr = 0;
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const cands = index.lookup(q.text, { kind: q.kind, lang: q.lang, limit: 10, prefix: false });
    times.push(performance.now() - t0);
    const rank = cands.findIndex((c) => c.id === q.id);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 5) top5++;
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  times.sort((a, b) => a - b);
  const n = queries.length || 1;
  return {
    name,
    queries: queries.length,
    top1: top1 / n,
    top5: top5 / n,
    mrr: rr / n,
    meanMs: times.reduce((s, t) => s + t, 0) / n,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

async function main(): Promise<void> {
  const esco = arg('esco', join('..', 'shared', 'data', 'esco'));
  const out = arg('out', join('docs', 'quality.md'));
  const max = Number(arg('max', '2000'));
  const started = Date.now();
  const ds = await readEscoFolders([join(esco, 'v1.1.1-en'), join(esco, 'v1.0-es')]);
  const snap = buildSnapshot(ds);
  const full = LabelIndex.build(labelEntries(snap));
  const results: Result[] = [
    evaluate('title -> occupation, en (held-out alternative label)', snap, heldOutQueries(snap, 'occupation', 'en', 'alt', max)),
    evaluate('title -> occupation, es (held-out preferred label)', snap, heldOutQueries(snap, 'occupation', 'es', 'preferred', max)),
    evaluate('label -> skill, en (held-out alternative label)', snap, heldOutQueries(snap, 'skill', 'en', 'alt', max)),
    evaluate('label -> skill, es (held-out preferred label)', snap, heldOutQueries(snap, 'skill', 'es', 'preferred', max)),
  ];
  // Autocomplete latency over the full index (both languages, prefix completion on).
  const prefixes = sample(ds.occupations, 500).flatMap((o) => [o.labels.en?.preferred.slice(0, 6), o.labels.es?.preferred.slice(0, 6)]).filter((x): x is string => !!x);
  const times = prefixes.map((p) => {
    const t0 = performance.now();
    full.lookup(p, { limit: 10 });
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);

  const pct = (x: number) => (100 * x).toFixed(1) + ' %';
  const rows = results.map((r) => `| ${r.name} | ${r.queries} | ${pct(r.top1)} | ${pct(r.top5)} | ${r.mrr.toFixed(3)} | ${r.meanMs.toFixed(2)} / ${r.p95Ms.toFixed(2)} |`);
  const doc = `# Quality: taxonomy text -> concept resolution

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run eval:taxonomy\` (scripts/eval-taxonomy.ts) on the full
ESCO v1.1.1 (English) + v1.0 (Spanish labels) in \`../shared/data/esco\`: ${ds.occupations.length} occupations,
${ds.skills.length} skills, ${full.size} labels in the index.

Method: for each concept (up to ${max} per set, every k-th), one label is removed from the index and used as
the query; the index is rebuilt without it. English: an alternative label (not the preferred label written
differently). Spanish: the preferred label (the concept stays findable through its Spanish alternative
labels, often the gendered forms, and English labels are searched only when the query language is
unknown, which is not the case here). Query language given, kind given, no prefix completion. A hit is
the held-out concept; MRR counts ranks within the top 10.

| set | queries | top-1 | top-5 | MRR | lookup ms mean / p95 |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Autocomplete (first 6 characters of ${prefixes.length} occupation titles, en + es, both languages searched, prefix
completion on, full index): mean ${(times.reduce((s, t) => s + t, 0) / times.length).toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms.

Reading the figures: an alternative label is often a genuinely different wording ("head of technical"
for "technical director"), and ESCO has many near-identical concepts ("shop assistant", "sales
assistant", "specialised seller"), so top-5 and MRR say more than top-1. The Spanish sets are harder
where v1.0 has no Spanish alternative label for the concept: the held-out preferred label was its only
Spanish wording.

Run time of the whole evaluation: ${((Date.now() - started) / 1000).toFixed(0)} s.
`;
  writeFileSync(out, doc);
  process.stdout.write(doc);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
