/**
 * Free-text labels -> ESCO concepts, for profiles and opportunities that hold what people typed
 * ("panadero", "manejo de caja"). Pure: the loaded Taxonomy in, new items out. An item is resolved only
 * when the best concept reaches the threshold; otherwise it stays free text, exactly as given, so a
 * person's own words are never replaced by a doubtful guess (the engine still compares free text).
 */
import type { Candidate, ConceptKind } from './label-index';
import type { Taxonomy } from './taxonomy';
import type { Lang } from './types';

/**
 * Minimum confidence to attach a URI. 1 = same content words as an ESCO label (gender forms included:
 * "cajera", "vendedor/a"); a typo costs ~0.07 ("panadro" 0.93); a missing rare word costs more
 * ("manejo de caja" vs "manejar una caja registradora" 0.80). A lone generic word naming many concepts
 * stays below ("limpieza" -> "productos de limpieza" 0.70, "conducir" -> "conducir un vehículo" 0.72).
 */
export const DEFAULT_RESOLVE_THRESHOLD = 0.75;

/** What a profile or opportunity holds: a label, and the URI when a client already sent one. */
export interface LabelItem {
  label?: string;
  uri?: string | null;
}

/** One label resolved: its ESCO URI and preferred label, the text it came from, the confidence. */
export interface ResolvedFields {
  uri: string;
  label: string;
  resolvedFrom: string;
  confidence: number;
}

/** An item as given (free text, or already a URI) or resolved (its other fields, e.g. a level, are kept). */
export type Resolved<T extends LabelItem> = T | (Omit<T, keyof ResolvedFields> & ResolvedFields);

export interface ResolveOptions {
  kind: ConceptKind;
  /** Language the labels were written in: searched first, and the language of the preferred label returned. */
  lang?: Lang;
  threshold?: number;
}

/**
 * The best concept for one label, or null: the given language first, every language when that finds
 * nothing good. A job title goes through the title normalisation of `Taxonomy.titleOccupations`
 * (employer, place, shift, pay... out: "Se necesita mesero/a urgente - Restaurante El Buen Sabor" is a
 * waiter), the same ranking the title evaluation measures; a skill label is looked up as written.
 */
export function bestConcept(taxonomy: Taxonomy, text: string, kind: ConceptKind, lang?: Lang, threshold = DEFAULT_RESOLVE_THRESHOLD): Candidate | null {
  const lookup = (l?: Lang) =>
    (kind === 'occupation' ? taxonomy.titleOccupations(text, { lang: l, limit: 1 }) : taxonomy.index.lookup(text, { kind, lang: l, limit: 1, prefix: false, fuzzy: true }))[0] ?? null;
  let best = lookup(lang);
  if (lang && (!best || best.confidence < threshold)) {
    const anyLang = lookup(undefined);
    if (anyLang && (!best || anyLang.confidence > best.confidence)) best = anyLang;
  }
  return best && best.confidence >= threshold ? best : null;
}

/** One free-text label -> its concept, or null when no concept reaches the threshold. */
export function resolveLabel(taxonomy: Taxonomy, text: string, opts: ResolveOptions): ResolvedFields | null {
  const trimmed = text.trim();
  const best = trimmed ? bestConcept(taxonomy, trimmed, opts.kind, opts.lang, opts.threshold ?? DEFAULT_RESOLVE_THRESHOLD) : null;
  if (!best) return null;
  return {
    uri: best.uri,
    label: taxonomy.preferredLabel(best.kind, best.id, opts.lang ?? best.lang),
    resolvedFrom: text,
    confidence: Math.round(best.confidence * 1000) / 1000,
  };
}

/**
 * Resolves every item that has a label and no URI; items with a URI (sent by the client) and items no
 * concept fits are returned unchanged. Same order and length as `items`.
 */
export function resolveLabels<T extends LabelItem>(taxonomy: Taxonomy, items: readonly T[], opts: ResolveOptions): Array<Resolved<T>> {
  return items.map((item): Resolved<T> => {
    if (item.uri || !item.label) return item;
    const found = resolveLabel(taxonomy, item.label, opts);
    return found ? { ...item, ...found } : item;
  });
}

/** True for an item that carries a URI resolved here (as opposed to free text or a URI sent by the client). */
export function isResolved<T extends LabelItem>(item: Resolved<T>): item is Omit<T, keyof ResolvedFields> & ResolvedFields {
  return typeof (item as Partial<ResolvedFields>).resolvedFrom === 'string';
}
