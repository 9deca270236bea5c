/**
 * The taxonomy held in memory by an app: loaded once at start (store, or the demo when the store is
 * empty), swapped atomically by `reload()`. Answers the HTTP endpoints in contract shapes and resolves
 * free-text labels for the profile and opportunity services (`resolveSkills`, `resolveOccupation`).
 */
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { TaxonomyConcept, TaxonomyExtraction, TaxonomyInfo, TaxonomyLang, TaxonomyLookupResult } from '@app/contracts';
import { DataSource } from 'typeorm';
import { autocomplete } from '../autocomplete';
import type { Candidate, ConceptKind } from '../label-index';
import type { ExtractedConcept } from '../extract';
import { resolveLabel, resolveLabels, type LabelItem, type Resolved, type ResolvedFields } from '../resolve';
import { loadServedTaxonomy } from '../served';
import type { Taxonomy } from '../taxonomy';

/** What `GET /taxonomy/info` answers: the contract's type (libs/contracts taxonomy/info.ts). */
export type { TaxonomyInfo } from '@app/contracts';

/** An occupation resolved from free text, with its ISCO-08 unit group when ESCO gives one. */
export type ResolvedOccupation = ResolvedFields & { iscoCode: string | null };

const round3 = (x: number) => Math.round(x * 1000) / 1000;

@Injectable()
export class TaxonomyService implements OnModuleInit {
  private readonly log = new Logger('Taxonomy');
  private current: { taxonomy: Taxonomy; info: TaxonomyInfo } | null = null;
  private loading: Promise<TaxonomyInfo> | null = null;

  constructor(@Inject(getDataSourceToken()) private readonly ds: DataSource) {}

  async onModuleInit(): Promise<void> {
    const info = await this.reload();
    this.log.log(`taxonomy loaded from the ${info.source}: ${info.occupations} occupations, ${info.skills} skills, ${info.labels} labels in ${info.loadMs} ms`);
  }

  /** Re-reads the store (after `npm run taxonomy:import`); requests keep the old taxonomy until the new one is built. */
  reload(): Promise<TaxonomyInfo> {
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<TaxonomyInfo> {
    const started = Date.now();
    const { taxonomy, source } = await loadServedTaxonomy(this.ds);
    // The apps that serve this extract text: build extraction's search index before the swap, so no
    // request pays for it (1-2 s on the full ESCO; the scorer, which never extracts, does not build it).
    void taxonomy.skillSearch;
    const snap = taxonomy.snapshot;
    const info: TaxonomyInfo = {
      source,
      version: snap.version,
      languages: snap.languages,
      occupations: snap.occupations.uris.length,
      skills: snap.skills.uris.length,
      labels: taxonomy.index.size,
      loadedAt: new Date().toISOString(),
      loadMs: Date.now() - started,
    };
    this.current = { taxonomy, info };
    return info;
  }

  get taxonomy(): Taxonomy {
    if (!this.current) throw new Error('the taxonomy is not loaded yet (TaxonomyService.onModuleInit)');
    return this.current.taxonomy;
  }

  get info(): TaxonomyInfo {
    if (!this.current) throw new Error('the taxonomy is not loaded yet (TaxonomyService.onModuleInit)');
    return this.current.info;
  }

  /** Autocomplete: the asked language first; every language when it has nothing convincing. */
  lookup(kind: ConceptKind, q: string, lang: TaxonomyLang, limit: number): TaxonomyLookupResult {
    return { lang, items: autocomplete(this.taxonomy, kind, q, lang, limit).map((c) => this.concept(c, lang)) };
  }

  /**
   * Free text -> occupations and skills with spans, most relevant first (`confidence` is the relevance
   * score, `match` the label match); the text's language is detected when not given.
   */
  extract(text: string, lang?: TaxonomyLang, limit?: number): TaxonomyExtraction {
    const r = this.taxonomy.extract(text, { lang, limit });
    const answerLang: TaxonomyLang = r.lang === 'es' ? 'es' : 'en';
    const withSpan = (c: ExtractedConcept) => ({ ...this.concept(c, answerLang), span: c.span, match: round3(c.match), source: c.source });
    return {
      lang: answerLang,
      occupation: r.occupation ? withSpan(r.occupation) : null,
      occupations: r.occupations.map(withSpan),
      skills: r.skills.map(withSpan),
    };
  }

  /**
   * Free-text skill labels -> ESCO skills, same order: `{uri, label, resolvedFrom, confidence}` when
   * confident, `{label}` (free text, as given) otherwise. `lang`: the language the labels were written in.
   */
  resolveSkills(labels: readonly string[], lang?: TaxonomyLang): Array<ResolvedFields | { label: string }> {
    return labels.map((label) => resolveLabel(this.taxonomy, label, { kind: 'skill', lang }) ?? { label });
  }

  /** A free-text job title -> an ESCO occupation (with its ISCO-08 unit group), or null when none is confident. */
  resolveOccupation(label: string, lang?: TaxonomyLang): ResolvedOccupation | null {
    const found = resolveLabel(this.taxonomy, label, { kind: 'occupation', lang });
    if (!found) return null;
    const tax = this.taxonomy;
    const isco = tax.snapshot.occupations.iscoGroup[tax.ids.occupation(found.uri)];
    return { ...found, iscoCode: isco >= 0 ? String(isco).padStart(4, '0') : null };
  }

  /** `resolveLabels` over the loaded taxonomy: items keep their other fields (level, years...). */
  resolveItems<T extends LabelItem>(items: readonly T[], kind: ConceptKind, lang?: TaxonomyLang): Array<Resolved<T>> {
    return resolveLabels(this.taxonomy, items, { kind, lang });
  }

  private concept(c: Candidate, lang: TaxonomyLang): TaxonomyConcept {
    return {
      uri: c.uri,
      label: this.taxonomy.preferredLabel(c.kind, c.id, lang) || c.label,
      matchedLabel: c.label,
      matchedLang: c.lang,
      confidence: round3(c.confidence),
    };
  }
}
