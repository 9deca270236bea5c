/**
 * The held-out-label evaluation (the project's first quality measure, now secondary): text -> concept
 * resolution with labels held out of the index.
 *   - English: one alternative label per concept is removed from the index and used as the query;
 *   - Spanish: the Spanish preferred label is removed and used as the query (the concept can still be
 *     found by its Spanish alternative labels, which often are the gendered forms, or not at all).
 * Top-1, top-5 and MRR (reciprocal rank within the top 10) for title -> occupation and label -> skill
 * in each language, plus autocomplete latency over the full index. The queries are ESCO's own wordings,
 * so it is an easier task than real text and overstates real quality.
 */
import { LabelIndex, type ConceptKind, type LabelEntry } from '../label-index';
import { normalise } from '../normalise';
import { buildSnapshot, labelEntries, type TaxonomySnapshot } from '../snapshot';
import type { EscoDataset } from '../types';
import { fmt, fmtMs } from './evaluate';
import { mean, percentile } from './metrics';

interface Query {
  kind: ConceptKind;
  id: number;
  lang: string;
  text: string;
}

export interface HeldOutResult {
  name: string;
  queries: number;
  top1: number;
  top5: number;
  mrr: number;
  meanMs: number;
  p95Ms: number;
}

export interface HeldOutReport {
  max: number;
  occupations: number;
  skills: number;
  labels: number;
  results: HeldOutResult[];
  autocomplete: { queries: number; meanMs: number; p95Ms: number; maxMs: number };
}

/** Deterministic sample: every k-th item, so runs compare. */
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

function evaluateHeldOut(name: string, snap: TaxonomySnapshot, queries: Query[]): HeldOutResult {
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
  const n = queries.length || 1;
  return { name, queries: queries.length, top1: top1 / n, top5: top5 / n, mrr: rr / n, meanMs: mean(times), p95Ms: percentile(times, 95) };
}

/** The held-out evaluation on plain ESCO labels (no regional labels), `max` queries per set; `snap` = buildSnapshot(ds) when already built. */
export function heldOutEvaluation(ds: EscoDataset, max = 2000, snap: TaxonomySnapshot = buildSnapshot(ds)): HeldOutReport {
  const full = LabelIndex.build(labelEntries(snap));
  const results = [
    evaluateHeldOut('title -> occupation, en (held-out alternative label)', snap, heldOutQueries(snap, 'occupation', 'en', 'alt', max)),
    evaluateHeldOut('title -> occupation, es (held-out preferred label)', snap, heldOutQueries(snap, 'occupation', 'es', 'preferred', max)),
    evaluateHeldOut('label -> skill, en (held-out alternative label)', snap, heldOutQueries(snap, 'skill', 'en', 'alt', max)),
    evaluateHeldOut('label -> skill, es (held-out preferred label)', snap, heldOutQueries(snap, 'skill', 'es', 'preferred', max)),
  ];
  // Autocomplete latency over the full index (both languages, prefix completion on).
  const prefixes = sample(ds.occupations, 500)
    .flatMap((o) => [o.labels.en?.preferred.slice(0, 6), o.labels.es?.preferred.slice(0, 6)])
    .filter((x): x is string => !!x);
  const times = prefixes.map((p) => {
    const t0 = performance.now();
    full.lookup(p, { limit: 10 });
    return performance.now() - t0;
  });
  return {
    max,
    occupations: ds.occupations.length,
    skills: ds.skills.length,
    labels: full.size,
    results,
    autocomplete: { queries: prefixes.length, meanMs: mean(times), p95Ms: percentile(times, 95), maxMs: times.length ? Math.max(...times) : NaN },
  };
}

/** Markdown section of the held-out evaluation (heading level 2); `realTitleMrr`: the real-text title MRR@10 per language, to compare. */
export function renderHeldOut(r: HeldOutReport, realTitleMrr?: { en: number; es: number }): string {
  const pct = (x: number) => (100 * x).toFixed(1) + ' %';
  const rows = r.results.map((x) => `| ${x.name} | ${x.queries} | ${pct(x.top1)} | ${pct(x.top5)} | ${x.mrr.toFixed(3)} | ${fmtMs(x.meanMs)} / ${fmtMs(x.p95Ms)} |`);
  return `## Secondary: held-out ESCO labels (an easier task that overstates real quality)

The first measure of this project, kept for comparison over time. The queries are ESCO's own wordings,
not text people write: catalogue-style labels without typos, company names, shifts or places, each the
whole query, so the task is easier than real text and overstates real quality; and a label lookup is not
a sentence extraction. Plain ESCO labels (${r.occupations} occupations, ${r.skills} skills, ${r.labels} labels in the index;
no regional labels).${
    realTitleMrr
      ? `\n\nTitle -> occupation MRR here: ${r.results[0].mrr.toFixed(3)} (en), ${r.results[1].mrr.toFixed(3)} (es); on the real job titles above (all splits): ${fmt(realTitleMrr.en)} (en), ${fmt(realTitleMrr.es)} (es).`
      : ''
  }

Method: for each concept (up to ${r.max} per set, every k-th), one label is removed from the index and used as
the query; the index is rebuilt without it. English: an alternative label (not the preferred label written
differently). Spanish: the preferred label (the concept stays findable through its Spanish alternative
labels, often the gendered forms, and English labels are searched only when the query language is
unknown, which is not the case here). Query language given, kind given, no prefix completion. A hit is
the held-out concept; MRR counts ranks within the top 10.

| set | queries | top-1 | top-5 | MRR | lookup ms mean / p95 |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Autocomplete (first 6 characters of ${r.autocomplete.queries} occupation titles, en + es, both languages searched, prefix
completion on, full index): mean ${fmtMs(r.autocomplete.meanMs)} ms, p95 ${fmtMs(r.autocomplete.p95Ms)} ms, max ${fmtMs(r.autocomplete.maxMs)} ms.

Reading the figures: an alternative label is often a genuinely different wording ("head of technical"
for "technical director"), and ESCO has many near-identical concepts ("shop assistant", "sales
assistant", "specialised seller"), so top-5 and MRR say more than top-1. The Spanish sets are harder
where v1.0 has no Spanish alternative label for the concept: the held-out preferred label was its only
Spanish wording.
`;
}
