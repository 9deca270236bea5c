import { z } from 'zod';
import type { Opportunity, OpportunityFields, OpportunityKindName, Pay, SkillRequirement } from './opportunity';
import { EMPLOYMENT_TYPES, OpportunityFieldsSchema } from './opportunity';

/**
 * schema.org JSON-LD <-> opportunity, as pure functions (no I/O, no clock: `today` is passed in).
 *
 * Import: `JobPosting` -> job, `WorkBasedProgram` -> apprenticeship, `EducationalOccupationalProgram`
 * -> training. Anything else is rejected with its @type. Values schema.org allows in several shapes
 * (text, DefinedTerm, CategoryCode, MonetaryAmount, arrays) are read defensively; what cannot be mapped
 * becomes a warning, never a silent guess. The result is then validated with the same schema as the
 * HTTP API, so an import can never store what a POST could not.
 */

const JsonLdTypeSchema = z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]);
/** One JSON-LD node: an object with an optional @type and @id; other properties are read by the mapper. */
export const JsonLdNodeSchema = z.looseObject({ '@type': JsonLdTypeSchema.optional(), '@id': z.string().max(2000).optional() });
export type JsonLdNode = z.infer<typeof JsonLdNodeSchema>;

/** The import body: one node, an array of nodes, or a document with `@graph`. */
export const SchemaOrgImportBodySchema = z.union([
  z.array(JsonLdNodeSchema).min(1).max(500),
  z.looseObject({ '@graph': z.array(JsonLdNodeSchema).min(1).max(500) }),
  JsonLdNodeSchema,
]);
export type SchemaOrgImportBody = z.infer<typeof SchemaOrgImportBodySchema>;

export function importItems(body: SchemaOrgImportBody): JsonLdNode[] {
  if (Array.isArray(body)) return body;
  const graph = (body as { '@graph'?: unknown })['@graph'];
  return Array.isArray(graph) ? (graph as JsonLdNode[]) : [body as JsonLdNode];
}

/** Per item: created, updated (an earlier import with the same external id), unchanged, or rejected. */
export const ImportItemResultSchema = z.object({
  index: z.number().int().meta({ description: 'Position of the node in the body (0-based)', example: 0 }),
  outcome: z.enum(['created', 'updated', 'unchanged', 'rejected']).meta({ description: 'Imports are idempotent on the identifier (externalId)', example: 'created' }),
  opportunityId: z.uuid().nullable().meta({ description: 'The opportunity; null when rejected', example: '7c9e2f4a-1b3d-4e5f-8a6b-9c0d1e2f3a4b' }),
  externalId: z.string().nullable().meta({ example: 'bakery-2026-014' }),
  reason: z.string().nullable().meta({ description: 'Why it was rejected', example: null }),
  warnings: z.array(z.string()).meta({ description: 'What could not be mapped (never silently guessed)', example: ['baseSalary: no currency, left out'] }),
});
export type ImportItemResult = z.infer<typeof ImportItemResultSchema>;
export const ImportResultSchema = z.object({ items: z.array(ImportItemResultSchema) });

/** What GET /opportunities/:id/jsonld answers (opportunityToJsonLd): a schema.org node; other properties as schema.org names them. */
export const OpportunityJsonLdSchema = z
  .looseObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.enum(['JobPosting', 'WorkBasedProgram', 'EducationalOccupationalProgram']),
    identifier: z.string().meta({ description: 'The externalId, else urn:uuid:<opportunity id>' }),
  })
  .meta({ description: 'schema.org JobPosting (jobs), WorkBasedProgram (apprenticeships) or EducationalOccupationalProgram (trainings)' });
export type ImportResult = z.infer<typeof ImportResultSchema>;

export type MappedItem =
  | { ok: true; fields: z.input<typeof OpportunityFieldsSchema>; externalId: string | null; warnings: string[] }
  | { ok: false; reason: string };

const KIND_BY_TYPE: Record<string, OpportunityKindName> = {
  JobPosting: 'job',
  WorkBasedProgram: 'apprenticeship',
  EducationalOccupationalProgram: 'training',
};
const TYPE_BY_KIND: Record<OpportunityKindName, string> = { job: 'JobPosting', apprenticeship: 'WorkBasedProgram', training: 'EducationalOccupationalProgram' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const first = (v: unknown): unknown => list(v)[0];
const shortType = (t: string) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, '');
const typesOf = (node: Obj): string[] => list(node['@type']).filter((t): t is string => typeof t === 'string').map(shortType);
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/** Text of a property that may be text, a number, {@value}, {name} or an array of those. */
function text(v: unknown): string | null {
  const f = first(v);
  if (typeof f === 'string') return f.trim() || null;
  if (typeof f === 'number') return String(f);
  if (isObj(f)) return text(f['@value'] ?? f.name ?? f.value);
  return null;
}

const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\//;
const ESCO_OCCUPATION = /^https?:\/\/data\.europa\.eu\/esco\/occupation\//;

function identifierOf(node: Obj): string | null {
  const id = first(node.identifier);
  if (typeof id === 'string' || typeof id === 'number') return String(id).trim() || null;
  if (isObj(id)) {
    const value = text(id.value);
    if (value) return typeof id.propertyID === 'string' ? `${id.propertyID}:${value}` : value;
  }
  if (typeof node['@id'] === 'string' && node['@id'].trim()) return node['@id'].trim();
  return typeof node.url === 'string' && node.url.trim() ? node.url.trim() : null;
}

function dateOf(v: unknown): string | null {
  const t = text(v);
  const m = t?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? m[1] : null;
}

function occupationOf(v: unknown): OpportunityFields['occupation'] {
  for (const c of list(v)) {
    if (typeof c === 'string' || typeof c === 'number') {
      const s = String(c).trim();
      if (/^[0-9]{1,4}$/.test(s)) return { iscoCode: s };
      if (ESCO_OCCUPATION.test(s)) return { escoUri: s };
      if (s) return { label: clip(s, 200) };
    }
    if (isObj(c)) {
      const url = typeof c.url === 'string' ? c.url : typeof c['@id'] === 'string' ? c['@id'] : '';
      if (ESCO_OCCUPATION.test(url)) return { escoUri: url };
      const code = text(c.codeValue);
      const setName = `${text(c.inCodeSet) ?? ''} ${isObj(c.inCodeSet) && typeof c.inCodeSet.url === 'string' ? c.inCodeSet.url : ''}`;
      if (code && /^[0-9]{1,4}$/.test(code) && /isco/i.test(setName)) return { iscoCode: code };
      const name = text(c.name);
      const labelText = [code, name].filter(Boolean).join(' ');
      if (labelText) return { label: clip(labelText, 200) };
      if (c.occupationalCategory !== undefined) return occupationOf(c.occupationalCategory);
    }
  }
  return null;
}

function skillsOf(v: unknown): SkillRequirement[] {
  const out: SkillRequirement[] = [];
  for (const s of list(v)) {
    if (typeof s === 'string') {
      for (const part of s.split(/[;\n•]+|,\s+/)) if (part.trim()) out.push({ label: clip(part.trim(), 200), level: 'intermediate' });
    } else if (isObj(s)) {
      const url = [s.url, s['@id'], s.sameAs].find((u): u is string => typeof u === 'string' && ESCO_SKILL.test(u));
      const name = text(s.name) ?? text(s.description) ?? text(s.termCode);
      if (url) out.push({ uri: url, ...(name ? { label: clip(name, 200) } : {}), level: 'intermediate' });
      else if (name) out.push({ label: clip(name, 200), level: 'intermediate' });
    }
  }
  return out.slice(0, 100);
}

/** EQF level named by an education requirement (credentialCategory or text), by keyword. */
const EQF_KEYWORDS: Array<[RegExp, number]> = [
  [/doctor|ph\.?d/i, 8],
  [/master/i, 7],
  [/bachelor|licenciatura|undergraduate degree/i, 6],
  [/associate|short[- ]cycle|t[eé]cnico superior/i, 5],
  [/high ?school|secondary|bachillerato|baccalaur|vocational|professional certificate/i, 4],
];
function eqfOf(v: unknown): number | null {
  let best: number | null = null;
  for (const e of list(v)) {
    const t = isObj(e) ? `${text(e.credentialCategory) ?? ''} ${text(e.name) ?? ''}` : typeof e === 'string' ? e : '';
    const hit = EQF_KEYWORDS.find(([re]) => re.test(t));
    if (hit && (best === null || hit[1] > best)) best = hit[1];
  }
  return best;
}

function experienceMonthsOf(v: unknown): number | null {
  const e = first(v);
  if (isObj(e)) {
    const m = Number(text(e.monthsOfExperience));
    return Number.isFinite(m) && m >= 0 ? Math.min(600, Math.round(m)) : null;
  }
  const m = typeof e === 'string' ? e.match(/(\d+(?:\.\d+)?)\s*\+?\s*(years?|yrs?|años|months?|meses)/i) : null;
  if (!m) return null;
  const n = Number(m[1]) * (/^(y|a)/i.test(m[2]) ? 12 : 1);
  return Math.min(600, Math.round(n));
}

const PERIODS: Record<string, Pay['period']> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** baseSalary / trainingSalary: a number or text (currency from salaryCurrency) or a MonetaryAmount. */
function payOf(v: unknown, fallbackCurrency: string | null, kind: Pay['kind'], warnings: string[], property: string): Pay | null {
  const s = first(v);
  if (s === undefined || s === null) return null;
  let amount: number | null = null;
  let currency = fallbackCurrency;
  let period: Pay['period'] = 'year';
  const num = (x: unknown) => {
    const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.replace(/[, ]/g, '')) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : null;
  };
  if (isObj(s)) {
    currency = text(s.currency) ?? currency;
    const value = s.value;
    if (isObj(value)) {
      amount = num(value.value) ?? num(value.minValue) ?? num(value.maxValue);
      const unit = text(value.unitText)?.toUpperCase();
      if (unit && PERIODS[unit]) period = PERIODS[unit];
    } else amount = num(value);
  } else amount = num(s);
  if (amount === null) {
    warnings.push(`${property} ignored: no numeric amount`);
    return null;
  }
  if (!currency || !/^[A-Z]{3}$/.test(currency)) {
    warnings.push(`${property} ignored: no ISO 4217 currency (salaryCurrency or currency)`);
    return null;
  }
  return { kind, amount, currency, period };
}

function employmentTypesOf(v: unknown): OpportunityFields['employmentTypes'] {
  const out = new Set<OpportunityFields['employmentTypes'][number]>();
  for (const t of list(v)) {
    if (typeof t !== 'string') continue;
    const norm = t.trim().toLowerCase().replace(/[^a-z]+/g, '_') as (typeof EMPLOYMENT_TYPES)[number];
    out.add((EMPLOYMENT_TYPES as readonly string[]).includes(norm) ? norm : 'other');
  }
  return [...out];
}

function hoursPerWeekOf(v: unknown): number | null {
  const m = text(v)?.match(/(\d+(?:\.\d+)?)\s*(hours|hrs|h|horas)\b/i);
  const n = m ? Number(m[1]) : NaN;
  return Number.isFinite(n) && n > 0 && n <= 80 ? n : null;
}

/** ISO 8601 duration (P2Y, P18M, P12W, P90D) -> weeks, rounded up. */
function weeksOf(v: unknown): number | null {
  const m = text(v)?.match(/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/);
  if (!m) return null;
  const days = Number(m[1] ?? 0) * 365 + Number(m[2] ?? 0) * 30.44 + Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
  return days > 0 ? Math.min(520, Math.ceil(days / 7)) : null;
}

function locationOf(node: Obj): OpportunityFields['location'] {
  for (const place of list(node.jobLocation ?? node.location)) {
    if (!isObj(place)) continue;
    const address = isObj(first(place.address)) ? (first(place.address) as Obj) : {};
    const country = text(address.addressCountry);
    const region = text(address.addressRegion);
    const codeLike = (s: string | null) => (s && /^[A-Za-z0-9]{1,10}$/.test(s) ? s.toUpperCase() : null);
    const c = country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null;
    const r = codeLike(region);
    const regionCode = c && r ? `${c}-${r}` : (c ?? r);
    const geo = isObj(place.geo) ? place.geo : null;
    const lat = geo ? Number(text(geo.latitude)) : NaN;
    const lon = geo ? Number(text(geo.longitude)) : NaN;
    if (!regionCode) continue;
    return Number.isFinite(lat) && Number.isFinite(lon) ? { regionCode, lat, lon } : { regionCode };
  }
  return null;
}

function certificateOf(v: unknown): OpportunityFields['certificate'] {
  const c = first(v);
  if (typeof c === 'string' && c.trim()) return { name: clip(c.trim(), 200), recognisedBy: null };
  if (!isObj(c)) return null;
  const name = text(c.name) ?? text(c.credentialCategory);
  if (!name) return null;
  const by = text(c.recognizedBy);
  return { name: clip(name, 200), recognisedBy: by ? clip(by, 200) : null };
}

/** Maps one JSON-LD node to opportunity fields (not yet validated), or says why it cannot. */
export function mapSchemaOrgItem(node: unknown, today: string): MappedItem {
  if (!isObj(node)) return { ok: false, reason: 'not a JSON-LD object' };
  const types = typesOf(node);
  const type = types.find((t) => KIND_BY_TYPE[t]);
  if (!type) {
    return { ok: false, reason: `not a JobPosting, WorkBasedProgram or EducationalOccupationalProgram: @type ${types.length ? types.join(', ') : '(missing)'}` };
  }
  const kind = KIND_BY_TYPE[type];
  const title = text(node.title) ?? text(node.name);
  if (!title) return { ok: false, reason: `${type} without a title (neither title nor name is given)` };

  const warnings: string[] = [];
  const telecommute = list(node.jobLocationType).some((t) => typeof t === 'string' && /TELECOMMUTE/i.test(t));
  const location = locationOf(node);
  const mode = telecommute ? (location ? 'hybrid' : 'remote') : 'on_site';
  const deadline = dateOf(node.validThrough ?? node.applicationDeadline);
  let status: OpportunityFields['status'] = 'open';
  if (deadline && deadline < today) {
    status = 'closed';
    warnings.push(`imported as closed: validThrough ${deadline} has passed`);
  } else if (mode !== 'remote' && !location) {
    status = 'draft';
    warnings.push('imported as draft: no usable jobLocation (an address with addressCountry or addressRegion) and no jobLocationType TELECOMMUTE');
  }
  const salaryCurrency = text(node.salaryCurrency);
  const pay =
    kind === 'job'
      ? payOf(node.baseSalary, salaryCurrency, 'wage', warnings, 'baseSalary')
      : payOf(node.trainingSalary ?? node.baseSalary, salaryCurrency, kind === 'training' ? 'stipend' : 'wage', warnings, 'trainingSalary');
  const openings = Number(text(node.totalJobOpenings ?? node.maximumEnrollment));
  const startText = node.jobStartDate ?? node.startDate;
  const startDate = dateOf(startText);
  if (startText !== undefined && !startDate) warnings.push(`start date "${clip(text(startText) ?? '', 40)}" is not a date; left empty`);
  // datePosted (a Date or DateTime; its date part): the day demand counts "unfilled" from. Not a date:
  // left out (a new posting: the import day; an update keeps the stored day). A future day is refused
  // by the same rule as a POST.
  const postedAt = dateOf(node.datePosted);
  if (node.datePosted !== undefined && !postedAt) warnings.push(`datePosted "${clip(text(node.datePosted) ?? '', 40)}" is not a date; ignored`);
  const sector = text(isObj(first(node.industry)) ? ((first(node.industry) as Obj).termCode ?? (first(node.industry) as Obj).name) : node.industry);
  const description = text(node.description) ?? text(node.responsibilities) ?? '';

  const fields: z.input<typeof OpportunityFieldsSchema> = {
    kind,
    status,
    title,
    description,
    occupation: occupationOf(node.occupationalCategory) ?? occupationOf(isObj(first(node.relevantOccupation)) ? [first(node.relevantOccupation)] : []),
    sector: sector ? clip(sector, 100) : null,
    essentialSkills: skillsOf(node.skills),
    minEqf: eqfOf(node.educationRequirements ?? node.programPrerequisites),
    minExperienceMonths: experienceMonthsOf(node.experienceRequirements),
    // "experience in place of education": people without a (recognised) credential are considered.
    acceptsUnrecognisedCredentials: node.experienceInPlaceOfEducation === true,
    mode,
    location,
    hoursPerWeek: hoursPerWeekOf(node.workHours),
    employmentTypes: employmentTypesOf(node.employmentType),
    startDate,
    durationWeeks: weeksOf(node.timeToComplete),
    applicationDeadline: deadline,
    capacity: Number.isInteger(openings) && openings >= 1 ? openings : 1,
    supports: { pay },
    requiresWorkAuthorisation: kind !== 'training',
    certificate: kind === 'job' ? null : certificateOf(node.educationalCredentialAwarded ?? node.occupationalCredentialAwarded),
    ...(postedAt ? { postedAt } : {}),
  };
  if (fields.occupation === null && node.occupationalCategory !== undefined) warnings.push('occupationalCategory not understood; occupation left empty');
  return { ok: true, fields, externalId: identifierOf(node), warnings };
}

const EQF_CREDENTIAL: Record<number, string> = { 4: 'high school', 5: 'associate degree', 6: 'bachelor degree', 7: 'master degree', 8: 'doctoral degree' };
const UNIT_TEXT: Record<Pay['period'], string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/** An opportunity as schema.org JSON-LD (JobPosting / WorkBasedProgram / EducationalOccupationalProgram). */
export function opportunityToJsonLd(o: Opportunity, organisation: { id: string; name: string }): Record<string, unknown> {
  const type = TYPE_BY_KIND[o.kind];
  const isJob = o.kind === 'job';
  const org = { '@type': 'Organization', '@id': `urn:uuid:${organisation.id}`, name: organisation.name };
  const pay = o.supports.pay
    ? { '@type': 'MonetaryAmount', currency: o.supports.pay.currency, value: { '@type': 'QuantitativeValue', value: o.supports.pay.amount, unitText: UNIT_TEXT[o.supports.pay.period] } }
    : undefined;
  const occupation = o.occupation
    ? o.occupation.escoUri || o.occupation.iscoCode
      ? {
          '@type': 'CategoryCode',
          ...(o.occupation.iscoCode ? { codeValue: o.occupation.iscoCode, inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } } : {}),
          ...(o.occupation.escoUri ? { url: o.occupation.escoUri } : {}),
          ...(o.occupation.label ? { name: o.occupation.label } : {}),
        }
      : o.occupation.label
    : undefined;
  const skills = [...o.essentialSkills, ...o.optionalSkills].map((s) => ({ '@type': 'DefinedTerm', ...(s.uri ? { url: s.uri } : {}), ...(s.label ? { name: s.label } : {}) }));
  const place = o.location
    ? {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: o.location.regionCode.split('-')[0], ...(o.location.regionCode.includes('-') ? { addressRegion: o.location.regionCode.split('-').slice(1).join('-') } : {}) },
        ...(o.location.lat !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: o.location.lat, longitude: o.location.lon } } : {}),
      }
    : undefined;
  const doc: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    identifier: o.externalId ?? `urn:uuid:${o.id}`,
    [isJob ? 'title' : 'name']: o.title,
    description: o.description || undefined,
    // Jobs: the posting day demand uses (imports back as postedAt); programmes have no datePosted in schema.org.
    [isJob ? 'datePosted' : 'dateCreated']: isJob ? o.postedAt : o.createdAt.slice(0, 10),
    [isJob ? 'validThrough' : 'applicationDeadline']: o.applicationDeadline ?? undefined,
    [isJob ? 'hiringOrganization' : 'provider']: org,
    occupationalCategory: occupation,
    [isJob ? 'jobStartDate' : 'startDate']: o.startDate ?? undefined,
    [isJob ? 'totalJobOpenings' : 'maximumEnrollment']: o.capacity,
    [isJob ? 'baseSalary' : 'trainingSalary']: pay,
    skills: skills.length ? skills : undefined,
    educationRequirements: o.minEqf && EQF_CREDENTIAL[o.minEqf] ? { '@type': 'EducationalOccupationalCredential', credentialCategory: EQF_CREDENTIAL[o.minEqf] } : undefined,
    experienceRequirements: o.minExperienceMonths ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: o.minExperienceMonths } : undefined,
    experienceInPlaceOfEducation: o.acceptsUnrecognisedCredentials || undefined,
    employmentType: o.employmentTypes.length ? o.employmentTypes.map((t) => t.toUpperCase()) : undefined,
    workHours: o.hoursPerWeek !== null ? `${o.hoursPerWeek} hours per week` : undefined,
    timeToComplete: o.durationWeeks !== null ? `P${o.durationWeeks}W` : undefined,
    educationalCredentialAwarded: o.certificate
      ? { '@type': 'EducationalOccupationalCredential', name: o.certificate.name, ...(o.certificate.recognisedBy ? { recognizedBy: { '@type': 'Organization', name: o.certificate.recognisedBy } } : {}) }
      : undefined,
    jobLocation: isJob ? place : undefined,
    location: isJob ? undefined : place,
    jobLocationType: o.mode === 'remote' || o.mode === 'hybrid' ? 'TELECOMMUTE' : undefined,
  };
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}
