/**
 * Regional wordings ESCO (European Spanish, v1.0) does not hold, added as alternative labels of the
 * ESCO concept they name. The programmes we serve are in Latin America, where a forklift is a
 * "montacargas" and a waiter a "mesero"; people and employers write those words, and without them the
 * index would read "montacargas" as a typo of nothing. Kept apart from the ESCO files (and out of the
 * store) so a re-import or a new ESCO version never drops them; applied to any source by
 * `Taxonomy.fromDataset`. Concepts absent from the loaded data (a smaller taxonomy) are skipped.
 */
import type { EscoDataset, Labels, Lang } from './types';

export interface LocalLabel {
  kind: 'occupation' | 'skill';
  uri: string;
  lang: Lang;
  labels: string[];
}

const OCC = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'http://data.europa.eu/esco/skill/';

export const LOCAL_LABELS: readonly LocalLabel[] = [
  { kind: 'occupation', uri: `${OCC}eeac6251-1974-42f5-91ed-513c6c883755`, lang: 'es', labels: ['operador de montacargas', 'operadora de montacargas', 'montacarguista', 'conductor de montacargas'] }, // forklift operator
  { kind: 'skill', uri: `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, lang: 'es', labels: ['manejar montacargas', 'conducir montacargas', 'operar montacargas'] }, // operate forklift
  { kind: 'occupation', uri: `${OCC}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`, lang: 'es', labels: ['mesero', 'mesera', 'salonero', 'salonera'] }, // waiter/waitress
  { kind: 'occupation', uri: `${OCC}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`, lang: 'es', labels: ['bodeguero', 'bodeguera', 'auxiliar de bodega'] }, // warehouse worker
  { kind: 'occupation', uri: `${OCC}ed3cf43d-c2c1-4c46-82fc-1375e27e0290`, lang: 'es', labels: ['plomero', 'plomera'] }, // plumber
  { kind: 'occupation', uri: `${OCC}00cee175-1376-43fb-9f02-ba3d7a910a58`, lang: 'es', labels: ['chofer de bus', 'chofer de autobús', 'chófer de autobús'] }, // bus driver
  { kind: 'occupation', uri: `${OCC}0c408028-c48f-4df8-ba5d-c3d3be15f5a2`, lang: 'es', labels: ['chofer repartidor', 'chofer de reparto', 'repartidor', 'repartidora'] }, // car and van delivery driver
  { kind: 'occupation', uri: `${OCC}0b15375e-dfdd-4047-9efb-096e0aaee7d2`, lang: 'es', labels: ['dependiente de tienda', 'dependienta de tienda'] }, // shop assistant
];

/** The dataset with the local labels merged in (a copy; the input is not changed). */
export function withLocalLabels(ds: EscoDataset, local: readonly LocalLabel[] = LOCAL_LABELS): EscoDataset {
  const byUri = new Map<string, LocalLabel[]>();
  // Only languages the data has: a few regional labels must not make a language of their own.
  for (const l of local.filter((x) => ds.languages.includes(x.lang))) byUri.set(`${l.kind}|${l.uri}`, [...(byUri.get(`${l.kind}|${l.uri}`) ?? []), l]);
  if (byUri.size === 0) return ds;
  const merge = <T extends { uri: string; labels: Labels }>(kind: LocalLabel['kind'], c: T): T => {
    const extra = byUri.get(`${kind}|${c.uri}`);
    if (!extra) return c;
    const labels: Labels = { ...c.labels };
    for (const l of extra) {
      const current = labels[l.lang] ?? { preferred: '', alt: [], hidden: [] };
      const known = new Set([current.preferred, ...current.alt, ...current.hidden]);
      const added = l.labels.filter((t) => !known.has(t));
      // With no label in that language yet, the first local label becomes the preferred one.
      const preferred = current.preferred || added.shift() || '';
      labels[l.lang] = { ...current, preferred, alt: [...current.alt, ...added] };
    }
    return { ...c, labels };
  };
  return {
    ...ds,
    occupations: ds.occupations.map((c) => merge('occupation', c)),
    skills: ds.skills.map((c) => merge('skill', c)),
  };
}
