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
  /**
   * Labels of the concept in that language to drop: mistranslations of ESCO v1.0 Spanish that send a
   * common word to the wrong concept ("enfermero/enfermera" is the preferred label of the phlebotomist
   * there). When the preferred label is dropped, the first of `labels` becomes the preferred one.
   */
  drop?: string[];
}

const OCC = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'http://data.europa.eu/esco/skill/';

const occ = (uri: string, labels: string[], drop?: string[]): LocalLabel => ({ kind: 'occupation', uri: OCC + uri, lang: 'es', labels, ...(drop ? { drop } : {}) });
const occEn = (uri: string, labels: string[]): LocalLabel => ({ kind: 'occupation', uri: OCC + uri, lang: 'en', labels });

export const LOCAL_LABELS: readonly LocalLabel[] = [
  occ('eeac6251-1974-42f5-91ed-513c6c883755', ['operador de montacargas', 'operadora de montacargas', 'montacarguista', 'conductor de montacargas']), // forklift operator
  { kind: 'skill', uri: `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, lang: 'es', labels: ['manejar montacargas', 'conducir montacargas', 'operar montacargas'] }, // operate forklift
  occ('d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', ['mesero', 'mesera', 'salonero', 'salonera', 'mesonero', 'mesonera', 'garzón', 'garzona']), // waiter/waitress
  occ('bea705fe-06ac-4147-b8e0-6e8ac1208d8f', ['bodeguero', 'bodeguera', 'auxiliar de bodega', 'ayudante de bodega', 'almacenero', 'almacenera']), // warehouse worker
  occ('ed3cf43d-c2c1-4c46-82fc-1375e27e0290', ['plomero', 'plomera', 'gasfitero', 'gasfitera', 'gásfiter']), // plumber
  occ('00cee175-1376-43fb-9f02-ba3d7a910a58', ['chofer de bus', 'chofer de autobús', 'chófer de autobús', 'chofer de buseta', 'busero']), // bus driver
  occ('0c408028-c48f-4df8-ba5d-c3d3be15f5a2', ['chofer repartidor', 'chofer de reparto', 'repartidor', 'repartidora']), // car and van delivery driver
  occ('0b15375e-dfdd-4047-9efb-096e0aaee7d2', ['dependiente de tienda', 'dependienta de tienda']), // shop assistant
  occ('45037d43-a8f5-4f46-b332-b2935bc305f4', ['chofer de camión', 'chofer de carga pesada', 'conductor de camión', 'camionero', 'camionera', 'chofer profesional', 'conductor profesional']), // cargo vehicle driver
  occ('b5f6bb2c-0602-484d-a87f-9cac33f83010', ['motorizado', 'motorizada', 'repartidor motorizado', 'repartidora motorizada', 'mensajero motorizado']), // motorcycle delivery person
  occ('6f7c1e84-8162-4c20-a575-b57ff624eef5', ['chofer de taxi', 'taxista']), // taxi driver
  occ('31808988-fc0a-4bc3-9e47-27216d6759f5', ['guardia de seguridad', 'guardia', 'guardián', 'vigilante', 'agente de seguridad', 'guarda']), // security guard
  occ('92cba6b4-8fca-49bb-b68c-45c5096fedc9', ['limpiavidrios', 'limpiador de vidrios', 'limpiadora de vidrios', 'limpiador de ventanas']), // window cleaner
  occ('7cb71c5f-c310-481c-b46b-d0044328758c', ['lavador de carros', 'lavador de autos', 'lavacoches', 'lavador de vehículos']), // vehicle cleaner
  occ('1822bfc2-e735-449f-ba00-ca71eb5c062b', ['conserje']), // building caretaker
  occ('056f1849-7ff8-4d6f-9b8a-176a610bba44', ['impulsador', 'impulsadora', 'impulsador de ventas', 'impulsadora de productos', 'degustadora']), // promotions demonstrator
  occ('303a1e34-cb16-4054-b323-81e5eec17397', ['personal de limpieza', 'auxiliar de limpieza', 'auxiliar de aseo', 'personal de aseo', 'aseador', 'aseadora', 'operario de aseo', 'operaria de aseo']), // building cleaner
  occ('6d50f735-dca9-4a02-96dc-e4310ed98ae2', ['trabajadora del hogar', 'trabajador del hogar', 'empleada de hogar']), // domestic housekeeper
  occ('c4a81f47-6ed8-4a17-ab4a-21a2e67fa1d9', ['canguro']), // babysitter
  occ('95cda6a9-a70a-4a93-9442-11d573cb4a02', ['obstetriz', 'partera', 'partero']), // midwife
  // ESCO v1.0 es gives the phlebotomist the nurse's words; a nurse is the nurse responsible for general care.
  occ('5ee264b2-9bc5-40f6-9db3-c87143af6b2d', ['flebotomista', 'técnico en flebotomía', 'técnica en flebotomía'], ['enfermero/enfermera', 'enfermero', 'enfermera']), // phlebotomist
  occ('8d3e8aaa-791b-4c75-a465-f3f827028f50', ['enfermero', 'enfermera', 'licenciado en enfermería', 'licenciada en enfermería', 'enfermero profesional', 'enfermera profesional']), // nurse responsible for general care
  occ('65bd2342-f7de-4932-9164-eb480e35a791', ['ordeñador', 'ordeñadora', 'galponero', 'galponera', 'peón ganadero']), // livestock worker
  occ('c9191f7f-28b5-4df8-991d-804c53009b83', ['jornalero agrícola', 'jornalera agrícola', 'peón agrícola', 'trabajador agrícola', 'trabajadora agrícola']), // crop production worker
  occ('98c429ad-128e-467e-803a-9a6dc1ceed72', ['llantero', 'llantera', 'montallantas', 'gomero']), // tyre fitter
  occ('b4c6d1b0-929e-48be-9f67-47bd8c30658b', ['techador', 'techadora', 'techero']), // roofer
  occ('f4a22809-c00c-4dd0-8b09-c7251f8dcd1c', ['yesero', 'yesera', 'enlucidor', 'enlucidora']), // plasterer
  occ('fb7e2f4f-1545-42f1-972e-94082e49c6dc', ['peón de obra', 'peón de construcción', 'ayudante de albañil', 'ayudante de obra', 'obrero', 'obrera']), // building construction worker
  occ('34ec79d0-85fb-445a-a5f2-df51b70c6375', ['faenador', 'faenadora', 'operario de faenamiento', 'camalero']), // slaughterer
  occ('e54683ca-1fc9-468d-b880-6544ff6b7d0b', ['recolector de basura', 'recolectora de basura', 'recogedor de basura']), // refuse collector
  occ('bced9b86-d4e7-42f8-bb47-acb2001b9bd0', ['manicurista', 'técnica en uñas', 'técnico en uñas', 'uñista']), // manicurist
  occ('a1e1a788-2352-4172-8fcf-1f985a6968b0', ['cosmetóloga', 'cosmetólogo', 'cosmiatra']), // aesthetician
  occ('96a0d8d3-d4a6-473d-80d6-b5dbadde940a', ['crew', 'crew de restaurante']), // quick service restaurant crew member
  occ('731ecac4-06e8-4ec2-a559-101fecbd9183', ['mucama', 'mucamo', 'recamarera', 'recamarero', 'camarera de hotel']), // room attendant
  occ('3cc51201-cd20-47f8-92ad-4d5861f963cf', ['maletero', 'maletera']), // hotel porter
  occ('d35f9e79-5778-43b4-8667-0e3ba1fcb19a', ['mercaderista', 'perchero', 'perchera']), // shelf filler
  occ('517c01aa-e875-4690-bf38-17307a57eafe', ['operaria de confección', 'operario de confección', 'maquinista de confección']), // sewing machinist
  occ('f756fdab-7726-4c48-bfcc-94ff8810fc08', ['steward de cocina']), // kitchen porter
  occ('2f5e38a0-6578-4665-bdbd-e2ab505be140', ['bartender', 'cantinero', 'cantinera']), // bartender
  occ('880a6cd1-2356-4994-8983-ac364763beaf', ['parqueador', 'parqueadora', 'operador de parqueadero', 'valet parking']), // parking valet
  occ('41beead9-98ad-4c89-b6e0-a14149f4eeab', ['despachador de combustible', 'despachadora de combustible', 'despachador de gasolina']), // fuel station specialised seller
  // Regional English: "crew" is the fast-food crew in Malaysia, Singapore and the Philippines; "KP" the UK kitchen porter.
  occEn('96a0d8d3-d4a6-473d-80d6-b5dbadde940a', ['crew', 'service crew', 'restaurant crew', 'fast food crew']),
  occEn('f756fdab-7726-4c48-bfcc-94ff8810fc08', ['KP']),
  occEn('e54683ca-1fc9-468d-b880-6544ff6b7d0b', ['bin man', 'binman', 'refuse loader']),
  occEn('d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', ['busser', 'busboy', 'food runner']),
  occEn('0b15375e-dfdd-4047-9efb-096e0aaee7d2', ['customer assistant', 'retail assistant', 'store associate']),
  occEn('503ea267-93e9-4b8c-ae5e-817fe7e4a245', ['street cleansing operative']),
  occEn('8d3e8aaa-791b-4c75-a465-f3f827028f50', ['RGN', 'RN']),
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
      let current = labels[l.lang] ?? { preferred: '', alt: [], hidden: [] };
      if (l.drop?.length) {
        const drop = new Set(l.drop);
        const keep = (list: string[]) => list.filter((t) => !drop.has(t));
        current = { preferred: drop.has(current.preferred) ? '' : current.preferred, alt: keep(current.alt), hidden: keep(current.hidden) };
      }
      const known = new Set([current.preferred, ...current.alt, ...current.hidden]);
      const added = l.labels.filter((t) => !known.has(t));
      // With no label in that language yet (or the preferred one dropped), the first local label becomes the preferred one.
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
