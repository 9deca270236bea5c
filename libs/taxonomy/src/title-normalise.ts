/**
 * Job titles as employers and people write them -> the words that name the occupation, before the
 * label index looks them up. "Sushi King Sunway Pyramid Part Time Crew", "Se necesita mesero/a urgente
 * - Restaurante El Buen Sabor", "Chofer con licencia tipo C (REF-123)", "Sr. Accountant | Acme @ Lima":
 * the employer, the place, the shift, the contract, the seniority, the recruiting words, the salary and
 * the codes say nothing about the occupation and, left in, pull the lookup toward whatever label shares
 * one of those words (a "crew" of a ship, a "King" of something).
 *
 * The result is a list of variants, each a text to look up with a factor (how much to trust a match
 * found through it): the cleaned title (1), each alternative of "Estilista / peluquera" or "mesero y
 * cajero" (1: try each, keep the best), each part around " - ", " | ", " @ " (the first 1, later ones
 * 0.85: the title usually comes first, the employer or place after) and the title cut before " en
 * <place>" / " para ..." / " con ..." / " at ..." (at most 0.97, less when the cut removes words of
 * occupation labels: "técnico en electrónica" is a whole title, and wins as a whole). The caller looks
 * every variant up and keeps each concept's best factor × confidence, with the raw title as a fallback
 * (see `Taxonomy.titleOccupations`). Licences ("con licencia tipo C") are returned as qualifiers: they
 * qualify the job but must not drive the lookup.
 *
 * Pure string rules: the only knowledge of the taxonomy is `isJobWord`, used to drop runs of
 * capitalised words (names of employers and places) that are not words of any occupation label.
 */

export interface TitleVariant {
  text: string;
  /** Trust in a match found through this variant, multiplied into its confidence. */
  factor: number;
}

export interface NormalisedTitle {
  variants: TitleVariant[];
  /**
   * The work domain a later part names ("Team Leader - contact centre", "Welder - fabrication shop"):
   * words that an occupation matching the title should share (see `Taxonomy.titleOccupations`); ''
   * when no later part is a domain. Later parts that are names (employers, places: capitalised words
   * one of which is no occupation word, "Carphone Warehouse", "Starbucks") are dropped instead.
   */
  domain: string;
  /** What was read as a qualifier of the job and kept out of the lookup ("licencia tipo C"). */
  qualifiers: string[];
}

export interface TitleNormaliseOptions {
  /**
   * Weight of a word (lower case, accents stripped) in occupation labels: its IDF when some occupation
   * label holds it, 0 when none does. Default: every word weighs 1.
   */
  jobWordWeight?: (norm: string) => number;
}

/** A later part of "Company - Title" / "Title | Company". */
export const LATER_PART_FACTOR = 0.85;
/** The words of a bracket, looked up on their own. */
export const BRACKET_FACTOR = 0.9;
/** The title with the domain its later parts name ("Team Leader contact centre"). */
export const DOMAIN_JOIN_FACTOR = 1;
/**
 * The title cut before " en <place>", " para <employer>", " at <employer>": 0.97, less the share of
 * occupation-word weight the cut removed (times CUT_JOB_WORDS), so "Guardia de seguridad con curso de
 * 120 horas" loses little by the cut and "Técnico en reparación de electrodomésticos" a lot.
 */
export const CUT_TAIL_FACTOR = 0.97;
export const CUT_JOB_WORDS = 0.5;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

// Patterns are matched on the text as written, case- and accent-insensitive where it matters (the
// character classes spell both forms). \b does not know accented letters, so boundaries are explicit.
const L = '[\\p{L}\\p{N}]';
const B = `(?<!${L})`; // start of a word
const E = `(?!${L})`; // end of a word
const words = (alternatives: string[]) => new RegExp(`${B}(?:${alternatives.join('|')})${E}`, 'giu');

/** Licences and permits: a qualifier of the job, kept out of the lookup. */
const LICENCE = new RegExp(
  `${B}(?:(?:con|with|y|and|c/)\\s+)?(?:licencia|licencias|brevete|pase|carn[eé]t?|permiso|licen[cs]e|driving\\s+licen[cs]e|driver'?s\\s+licen[cs]e|cdl)${E}` +
    `(?:\\s+(?:de|of|para)\\s+(?:conducir|manejo|conductor|driving))?(?:\\s+(?:profesional|vigente|clase|class|tipo|type|categor[ií]a|cat\\.?|[a-e][0-9-]*|[a-e]{1,2}(?:-?[iv0-9]+)?|y|o|and|or|,|/)(?=\\s|$|[,.;)]))*`,
  'giu',
);

/** Pay, with its unit: "£11.50/hr", "$500", "1.200 soles", "S/ 1500 mensual", "12€ la hora", "30k". */
const SALARY = new RegExp(
  `(?:(?:[£$€¥]|us\\$|usd|eur|s/\\.?|bs\\.?|cop|mxn|pen|ars|clp)\\s?\\d[\\d.,]*\\s?k?|${B}\\d[\\d.,]*\\s?(?:k|€|eur|euros?|usd|d[oó]lares|soles|pesos|bol[ií]vares|\\$)${E})` +
    `(?:\\s?(?:/|per|an?|la|el|al|por|x)\\s?(?:hr|hour|h|hora|d[ií]a|day|mes|month|week|semana|year|yr|a[nñ]o|annum|quincena))?` +
    `(?:\\s?(?:mensual(?:es)?|semanal(?:es)?|brutos?|netos?|gross|net|pa|p\\.a\\.|ph|p/h))?`,
  'giu',
);

/** Codes: "REF-123", "Ref: 45", "#4521", "ID 778", "Job ID: A-12", "Cód. 33", "Vacante N° 12". */
const CODE = new RegExp(
  `(?:${B}(?:ref|req|id|job\\s+id|c[oó]d(?:igo)?|vacante\\s+n[°º.]?|n[°º])\\.?\\s*[:#-]?\\s*[\\p{L}]{0,3}-?\\d[\\w-]*|#\\s?[\\w-]*\\d[\\w-]*|${B}[A-Z]{2,5}-\\d[\\w-]*)`,
  'gu',
);

/** Shift, hours and contract. */
const SHIFT_CONTRACT = words([
  'part[\\s-]?time', 'full[\\s-]?time', 'medio\\s+tiempo', 'tiempo\\s+(?:completo|parcial)', 'media\\s+jornada', 'jornada\\s+(?:completa|parcial|intensiva|continua)',
  'turnos?\\s+(?:de\\s+)?(?:la\\s+)?(?:tarde|noche|ma[nñ]ana|d[ií]a|rotativos?|nocturnos?|diurnos?|partidos?|fijos?)', 'turnos?\\s+rotativos?', 'turnos?',
  'fines?\\s+de\\s+semana', 'por\\s+horas?', 'temporal(?:es)?', 'temporada', 'eventual(?:es)?', 'indefinid[oa]', 'contrato\\s+(?:indefinido|temporal|fijo|por\\s+obra)',
  'freelance', 'free\\s+lance', 'aut[oó]nomo', 'remote', 'remot[oa]', 'teletrabajo', 'h[ií]brido', 'hybrid', 'presencial', 'on[\\s-]?site',
  'nights?', 'night\\s+shift', 'day\\s+shift', 'evening\\s+shift', 'morning\\s+shift', 'shifts?', 'weekends?', 'weekdays?', 'evenings', 'mornings', 'overnight',
  'casual', 'seasonal', 'temporary', 'temp', 'permanent', 'perm', 'fixed[\\s-]term', 'contract', 'contractor', 'flexible(?:\\s+hours)?', 'zero[\\s-]hours?',
  'sin\\s+experiencia', 'con\\s+(?:o\\s+sin\\s+)?experiencia', 'with(?:out)?\\s+experience', 'no\\s+experience(?:\\s+(?:needed|required|necessary))?', 'entry[\\s-]level',
  'inmediat[oa]', 'incorporaci[oó]n\\s+inmediata', 'immediate\\s+start', 'start\\s+asap', 'asap',
  'm/f(?:/d)?', 'h/m', 'm/w/d', 'f/m', 'h/f', 'm/h',
]);

/** Recruiting and urgency. */
const RECRUITING = words([
  'urgente(?:mente)?', 'urge', 'se\\s+busca(?:n)?', 'buscamos', 'busco', 'se\\s+necesita(?:n)?', 'necesitamos', 'necesito', 'se\\s+solicita(?:n)?', 'solicitamos', 'solicito',
  'se\\s+requiere(?:n)?', 'requerimos', 'se\\s+ofrece', 'contratamos', 'contrataci[oó]n', 'vacantes?', 'ofertas?(?:\\s+de\\s+(?:empleo|trabajo))?', 'empleos?', 'trabaja\\s+con\\s+nosotros',
  'convocatoria', 'puesto\\s+de', 'cargo\\s+de', 'plaza\\s+de', 'plazas?',
  'now\\s+hiring', "we're\\s+hiring", 'we\\s+are\\s+hiring', 'hiring', 'wanted', 'needed', 'required', 'urgent(?:ly)?', 'apply\\s+(?:now|today)', 'jobs?', 'vacancy', 'vacancies', 'opening', 'openings', 'position', 'role',
]);

/**
 * Who is sought, not the job: "Se busca señora para limpieza", "Chica para atención al cliente",
 * "Live-in Carer for elderly gentleman"; left in, "señora" reads as a typo of "senadora".
 */
const PERSON = words(['señoras?', 'señoritas?', 'señor(?:es)?', 'chicas?', 'chicos?', 'muchach[oa]s?', 'jóvenes', 'joven', 'caballeros?', 'damas?', 'personas?', 'gentleman', 'gentlemen', 'lady', 'ladies', 'guys?']);

/** What comes with the pay: "+ tips", "sign-on bonus", "comisiones". */
const PAY_EXTRAS = words([
  '(?:\\+\\s*)?tips', 'propinas?', '(?:sign[\\s-]?on\\s+)?bonus(?:es)?', 'uncapped', 'commissions?', 'comisi[oó]n(?:es)?', 'benefits', 'beneficios(?:\\s+de\\s+ley)?',
  'sueldo(?:\\s+b[aá]sico)?', 'salario', 'pay', 'dbs(?:\\s+(?:needed|required|check))?', 'visa\\s+sponsor(?:ed|ship)?', 'sponsorship(?:\\s+available)?', 'training\\s+provided', 'own\\s+transport',
]);

/** Seniority ("lead" only before another word: "Lead Cook"; "Team Lead" becomes "team leader"). */
const SENIORITY = words(['sr\\.?', 'senior', 'snr', 'junior', 'jr\\.?', 'jnr', 'trainee', 'intern', 'internship', 'practicantes?', 'pasantes?', 'pasant[ií]a', 'becari[oa]s?', 'entry', 'graduate', 'i{1,3}', 'iv']);
const LEAD_BEFORE = new RegExp(`${B}lead(?=\\s+${L})`, 'giu');
const LEAD_LAST = new RegExp(`${B}lead\\s*$`, 'iu');

/**
 * British wordings ESCO writes otherwise, tried as more variants beside the title as written: a "carer"
 * (paid, of people: "Live-in Carer", "Home Carer") is ESCO's "care worker" or "caregiver"; the ESCO
 * labels with "carer" are mostly of other domains ("animal carer", "placement carer"), which a title
 * naming none of them must not resolve to.
 */
const REGIONAL_WORDINGS: readonly [RegExp, string[]][] = [[new RegExp(`${B}carers?${E}`, 'giu'), ['care worker', 'caregiver']]];

/** "(m/f)", "(Part Time)", "[REF 12]": brackets go, except a gender ending glued to a word ("Camarero(a)"). */
const BRACKETS = /(?<![\p{L}])\(([^()]*)\)|\[[^\]]*\]|\{[^}]*\}|(?<=[\p{L}])\((?!(?:a|as|o|os|es|ra|ras|ora|oras|e)\))([^()]*)\)/gu;

/** Separators between a title and an employer or place (not the gender ending of "Cociner@"). */
const PARTS = /\s+[-–—|@•·:]\s+|\s*[|•·]\s*|(?<!\p{L})@\s*|\s+[-–—]\s*|\s*[-–—]\s+/u;

/** Tails that name where or for whom: cut as a variant. */
const TAIL = /\s+(?:en|para|at|for|in|with|con|de\s+la\s+empresa|empresa)\s+.+$/iu;

/** Alternatives: "Estilista / peluquera", "mesero o cajero", "Picker & Packer". */
const ALTERNATIVES = /\s+\/\s+|\s*,\s*|\s+(?:o|y|e|u|and|or|&|\+)\s+|(?<=\p{L}{3})\/(?=\p{L}{3})/u;

function squash(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—|@•·:,;/!¡¿?.*+]+|[\s\-–—|@•·:,;/!¡¿?.*+]+$/g, '')
    .trim();
}

const normOf = (t: string) => fold(t.replace(/[^\p{L}\p{N}+#]/gu, ''));
const capitalised = (t: string) => {
  const first = t.match(/\p{L}/u)?.[0];
  return !!first && first !== first.toLowerCase();
};

/** Occupation-word weight of a text's words. */
function jobWeight(text: string, weight: (norm: string) => number): number {
  let w = 0;
  for (const t of text.split(/[\s/]+/)) {
    const norm = normOf(t);
    if (norm.length > 2) w += weight(norm);
  }
  return w;
}

/**
 * Drops capitalised words that are no occupation word (employers, brands, places); keeps the rest. In a
 * title written in sentence case the first word is capitalised by convention and stays; in a title
 * written in title case ("Sushi King Sunway Pyramid Crew") capitals say nothing, every word is judged.
 */
function dropProperNouns(text: string, weight: (norm: string) => number, titleCase: boolean): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  const lettered = tokens.filter((t) => /\p{L}/u.test(t));
  const kept = tokens.filter((t, i) => {
    if (!capitalised(t)) return true; // lower case: a common word
    if (i === 0 && !titleCase) return true;
    const norm = normOf(t);
    if (norm.length <= 2) return true; // "de", "C#"... kept
    // "Live-in", "Front-of-house": a job word in any part of a hyphenated word keeps it.
    return weight(norm) > 0 || t.split(/[-‐]/).some((p) => normOf(p).length > 2 && weight(normOf(p)) > 0);
  });
  const keptLettered = kept.filter((t) => /\p{L}/u.test(t));
  // Nothing left that names a job: keep the text (the raw lookup decides).
  if (keptLettered.length === 0 || keptLettered.length === lettered.length) return text;
  return kept.join(' ');
}

/**
 * What a part of a title is, once cleaned: `noise` (nothing left: "Full Time, $18-$21/hr"), a `name`
 * (every word of 3+ letters capitalised and one of them no occupation word: an employer or a place,
 * "Carphone Warehouse", "Dollar General", "Costco weekends") or `words` (a job or a work domain:
 * "contact centre", "nursing home", "Contact Centre").
 */
function kindOfPart(part: string, weight: (norm: string) => number, first = false): 'noise' | 'name' | 'words' {
  const content = cleanTitle(part)
    .split(/\s+/)
    .filter((t) => /\p{L}{3}/u.test(t));
  if (content.length === 0) return 'noise';
  const unknown = content.filter((t) => weight(normOf(t)) === 0).length;
  // The first part is the title unless it holds no occupation word at all ("Acme - Accountant").
  if (content.every(capitalised) && (first ? unknown === content.length : unknown > 0)) return 'name';
  return 'words';
}

/** Removes the shift, contract, recruiting, seniority, salary and code words; collects licences. */
export function cleanTitle(title: string, qualifiers: string[] = []): string {
  let t = title.normalize('NFC');
  t = t.replace(LICENCE, (m) => {
    if (/\p{L}{3}/u.test(m)) qualifiers.push(squash(m));
    return ' ';
  });
  t = t.replace(BRACKETS, ' ');
  t = t.replace(SALARY, ' ').replace(CODE, ' ');
  t = t.replace(SHIFT_CONTRACT, ' ').replace(RECRUITING, ' ').replace(PAY_EXTRAS, ' ').replace(PERSON, ' ');
  t = t.replace(LEAD_LAST, ' leader').replace(LEAD_BEFORE, ' ').replace(SENIORITY, ' ');
  // Numbers left alone ("2 vacantes", "x3") and exclamation marks.
  t = t.replace(new RegExp(`${B}x?\\d+(?:st|nd|rd|th|[ºª°])?${E}`, 'giu'), ' ').replace(/[!¡*]+/g, ' ');
  // A preposition left first once the person is gone ("señora para limpieza" -> "limpieza").
  t = t.replace(/^\s*(?:para|de|for|to)\s+/iu, ' ');
  // Punctuation left alone between the words removed ("Line Cook , - +").
  t = t.replace(/(?:^|\s)[^\p{L}\p{N}\s(/&+]+(?=\s|$)/gu, ' ');
  return squash(t);
}

/**
 * The variants of a title to look up (see the file comment), best trusted first, without duplicates.
 * Never empty for a non-empty title: when cleaning leaves nothing, the title itself is the variant.
 */
export function normaliseTitle(title: string, opts: TitleNormaliseOptions = {}): NormalisedTitle {
  const weight = opts.jobWordWeight ?? (() => 1);
  const long = title.split(/\s+/).filter((t) => /^\P{L}*\p{L}{4}/u.test(t));
  const titleCase = long.length > 1 && long.filter(capitalised).length / long.length > 0.6;
  const qualifiers: string[] = [];
  let domain = '';
  const out = new Map<string, TitleVariant>();
  const add = (text: string, factor: number) => {
    const clean = squash(text);
    if (!/\p{L}{2}/u.test(clean)) return;
    const key = fold(clean);
    if ((out.get(key)?.factor ?? 0) < factor) out.set(key, { text: clean, factor });
  };
  const withAlternatives = (text: string, factor: number) => {
    const cleaned = cleanTitle(text, qualifiers);
    const plain = dropProperNouns(cleaned, weight, titleCase);
    add(plain, factor);
    for (const [re, wordings] of REGIONAL_WORDINGS) if (plain.search(re) >= 0) for (const w of wordings) withAlternatives(plain.replace(re, w), factor);
    const alts = plain.split(ALTERNATIVES).map(squash).filter((a) => /\p{L}{2}/u.test(a));
    if (alts.length > 1) for (const a of alts) add(a, factor);
    for (const a of [plain, ...alts]) {
      const cut = a.replace(TAIL, '');
      if (cut === a || !/\p{L}{3}/u.test(cut)) continue;
      const removed = jobWeight(a.slice(cut.length), weight);
      const kept = jobWeight(cut, weight) || 1;
      add(cut, factor * CUT_TAIL_FACTOR * (1 - (CUT_JOB_WORDS * removed) / (removed + kept)));
    }
  };

  // Brackets out first so that a separator inside them ("(Mon - Fri)") does not split the title.
  const parts = title
    .normalize('NFC')
    .replace(BRACKETS, ' ')
    .split(PARTS)
    .map(squash)
    .filter((p) => /\p{L}{2}/u.test(p));
  // Each part (a later one piece by piece: "salmon, Highlands") is a name (employer, place), a work
  // domain, or nothing once cleaned ("Full Time, $18/hr"). Names go; the first part left is the title.
  const pieces = parts.map((p, i) => (i === 0 ? [p] : p.split(/\s*[,;]\s*/).map(squash))).map((ps) => ps.filter((p) => kindOfPart(p, weight) !== 'noise'));
  const kept = pieces.map((ps, i) => ps.filter((p) => kindOfPart(p, weight, i === 0) !== 'name'));
  const headAt = kept.findIndex((ps) => ps.length > 0);
  if (headAt < 0) {
    withAlternatives(parts.join(' '), parts.length > 1 ? LATER_PART_FACTOR : 1);
    parts.forEach((p, i) => withAlternatives(p, i === 0 ? 1 : LATER_PART_FACTOR));
  } else {
    const head = kept[headAt].join(' ');
    const domains = kept.slice(headAt + 1).flat();
    if (domains.length > 0) withAlternatives([head, ...domains].join(' '), DOMAIN_JOIN_FACTOR);
    withAlternatives(head, 1);
    for (const d of domains) withAlternatives(d, LATER_PART_FACTOR);
    domain = domains.map((d) => dropProperNouns(cleanTitle(d), weight, true)).join(' ');
  }
  // What a bracket says may be the job in other words ("Kitchen porter (dishwasher)", "(obrero de
  // fábrica)"); codes, shifts and gender marks in brackets are cleaned away to nothing.
  for (const m of title.normalize('NFC').matchAll(/(?<![\p{L}])\(([^()]*)\)/gu)) if (kindOfPart(m[1], weight) === 'words') withAlternatives(m[1], BRACKET_FACTOR);
  if (out.size === 0) add(title, 1);
  // Stable sort: equal factors keep the order they were found in (the whole title before its parts).
  return { variants: [...out.values()].sort((a, b) => b.factor - a.factor), qualifiers: [...new Set(qualifiers)], domain };
}
