/**
 * Reason codes -> sentences in Spanish or English. Labels for skills, opportunities and languages come
 * from the caller (libs/taxonomy, the database), so the engine stays I/O-free.
 */
import type { Reason } from './explain';
import type { GateReason } from './gates';
import type { TransportMode } from './model';
import type { ExplanationLanguage } from './negotiate-language';
import type { HourRange } from './week-grid';

export interface Labels {
  skill(skillId: number, lang: ExplanationLanguage): string;
  opportunity(opportunityId: string, lang: ExplanationLanguage): string;
  /** Language name for a BCP-47 tag; the tag itself when absent. */
  language?(tag: string, lang: ExplanationLanguage): string;
}

/** At most this many skills are named in one sentence ("... and 3 more"). */
export const MAX_NAMED_SKILLS = 5;

const CEFR = ['0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const DAY = {
  es: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MODE: Record<ExplanationLanguage, Record<TransportMode, string>> = {
  es: { walk: 'a pie', bicycle: 'en bicicleta', public_transport: 'en transporte público', motorbike: 'en moto', car: 'en carro' },
  en: { walk: 'on foot', bicycle: 'by bicycle', public_transport: 'by public transport', motorbike: 'by motorbike', car: 'by car' },
};
const GATE: Record<ExplanationLanguage, Record<GateReason, string>> = {
  es: {
    not_open: 'La oferta no está abierta',
    not_authorised_work: 'Requiere autorización de trabajo',
    not_authorised_training: 'Su situación no le permite formarse aquí',
    authorisation_kind_not_accepted: 'La oferta no acepta este tipo de autorización',
    authorisation_ends_before_start: 'Su permiso termina antes de que empiece',
    minimum_age: 'Solo para personas mayores de edad',
    deadline_passed: 'El plazo de solicitud ha vencido',
    capacity_full: 'No quedan plazas',
    programme_started: 'El programa ya empezó y pasó el plazo para incorporarse',
    starts_before_available: 'Empieza antes de que usted esté disponible',
    excluded_sector: 'Es de un sector que usted excluyó',
    no_digital_access: 'Necesita dispositivo y conexión, y no se prestan equipos',
    not_accessible: 'El lugar no es accesible y no es a distancia',
    commute_too_long: 'El trayecto supera su máximo',
    schedule_conflict: 'El horario choca con su disponibilidad',
    language_below_minimum: 'El nivel de idioma está más de un nivel por debajo del mínimo',
  },
  en: {
    not_open: 'The offer is not open',
    not_authorised_work: 'Requires work authorisation',
    not_authorised_training: 'Your status does not allow this training',
    authorisation_kind_not_accepted: 'The offer does not accept this kind of authorisation',
    authorisation_ends_before_start: 'Your permit ends before it starts',
    minimum_age: 'Adults only',
    deadline_passed: 'The application deadline has passed',
    capacity_full: 'No places left',
    programme_started: 'The programme has started and the window to join has closed',
    starts_before_available: 'It starts before you are available',
    excluded_sector: 'It is in a sector you excluded',
    no_digital_access: 'Needs a device and a connection, and no device loan is offered',
    not_accessible: 'The place is not accessible and it is not remote',
    commute_too_long: 'The commute exceeds your maximum',
    schedule_conflict: 'The schedule clashes with your availability',
    language_below_minimum: 'Language level more than one level below the minimum',
  },
};

function cefr(level: number, lang: ExplanationLanguage): string {
  if (level >= 7) return lang === 'es' ? 'nativo' : 'native';
  if (level <= 0) return lang === 'es' ? 'ninguno' : 'none';
  return CEFR[level];
}

/** Epoch day -> YYYY-MM-DD (UTC; no clock read). */
export function isoDate(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

function list(items: string[], lang: ExplanationLanguage): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'es' ? ' y ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

/**
 * The covering courses a rendering of these reasons names (those of the first MAX_NAMED_SKILLS missing
 * skills of each `skills_missing` reason), in order, repeats included: whose titles a caller must supply.
 */
export function coursesNamed(reasons: readonly Reason[]): string[] {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.code === 'skills_missing') for (const sk of r.skills.slice(0, MAX_NAMED_SKILLS)) out.push(...sk.coveredBy);
  }
  return out;
}

function namedSkills(ids: number[], lang: ExplanationLanguage, labels: Labels, render: (id: number, name: string) => string): string {
  const shown = ids.slice(0, MAX_NAMED_SKILLS).map((id) => render(id, labels.skill(id, lang)));
  const more = ids.length - shown.length;
  if (more > 0) shown.push(lang === 'es' ? `${more} más` : `${more} more`);
  return list(shown, lang);
}

function days(d: number[], lang: ExplanationLanguage): string {
  const names = DAY[lang];
  const consecutive = d.every((x, i) => i === 0 || x === d[i - 1] + 1);
  if (d.length > 2 && consecutive) return `${names[d[0]]}-${names[d[d.length - 1]]}`;
  return d.map((x) => names[x]).join(', ');
}

export function renderSchedule(ranges: HourRange[], lang: ExplanationLanguage): string {
  return ranges.map((r) => `${days(r.days, lang)} ${r.from}:00-${r.to}:00`).join('; ');
}

export function renderReason(r: Reason, lang: ExplanationLanguage, labels: Labels): string {
  const es = lang === 'es';
  switch (r.code) {
    case 'gate':
      return GATE[lang][r.gate];
    case 'skills_matched':
      return es
        ? `Tiene ${r.matched} de ${r.total} habilidades esenciales: ${namedSkills(r.skillIds, lang, labels, (_, n) => n)}`
        : `Has ${r.matched} of ${r.total} essential skills: ${namedSkills(r.skillIds, lang, labels, (_, n) => n)}`;
    case 'skills_missing': {
      const cover = new Map(r.skills.map((s) => [s.skillId, s.coveredBy]));
      const text = namedSkills(
        r.skills.map((s) => s.skillId),
        lang,
        labels,
        (id, name) => {
          const by = (cover.get(id) ?? []).map((o) => labels.opportunity(o, lang));
          if (by.length === 0) return name;
          if (by.length === 1) return es ? `${name} (lo cubre el curso ${by[0]})` : `${name} (covered by the course ${by[0]})`;
          return es ? `${name} (lo cubren los cursos ${list(by, lang)})` : `${name} (covered by the courses ${list(by, lang)})`;
        },
      );
      return es
        ? `Le faltan ${r.missing} de ${r.total} habilidades esenciales: ${text}`
        : `Missing ${r.missing} of ${r.total} essential skills: ${text}`;
    }
    case 'experience':
      return es ? `${r.months} meses de experiencia relevante` : `${r.months} months of relevant experience`;
    case 'commute': {
      const base = es
        ? `Unos ${r.minutes} minutos de trayecto ${MODE.es[r.mode]}`
        : `About ${r.minutes} minutes' commute ${MODE.en[r.mode]}`;
      if (!r.viaAllowance) return base;
      return base + (es ? ' (con el subsidio de transporte que ofrece)' : ' (with the transport allowance offered)');
    }
    case 'remote':
      return es ? 'A distancia: sin desplazamiento' : 'Remote: no commute';
    case 'commute_unknown':
      return es ? 'Lugar no indicado: no se pudo estimar el trayecto' : 'No location given: commute not estimated';
    case 'schedule_conflict': {
      const base = es
        ? `El horario choca con ${r.hours} horas semanales en las que no está disponible`
        : `The schedule clashes with ${r.hours} hours a week when you are not available`;
      if (r.resolvedBy !== 'childcare') return base;
      return es
        ? `${base} (${r.careHours} por cuidado de familiares: lo resolvería cuidado infantil en el lugar)`
        : `${base} (${r.careHours} for care duties: on-site childcare would resolve it)`;
    }
    case 'childcare_frees_care_hours':
      return es
        ? `El cuidado infantil en el lugar libera las ${r.hours} horas de cuidado que pide el horario`
        : `On-site childcare frees the ${r.hours} care hours the schedule needs`;
    case 'language_gap': {
      const name = labels.language?.(r.tag, lang) ?? r.tag;
      const support = r.support ? (es ? ' (se ofrece apoyo lingüístico)' : ' (language support offered)') : '';
      return es
        ? `${name}: se pide ${cefr(r.required, lang)}, tiene ${cefr(r.actual, lang)}${support}`
        : `${name}: ${cefr(r.required, lang)} required, you have ${cefr(r.actual, lang)}${support}`;
    }
    case 'credential_status': {
      if (r.status === 'none') {
        return es ? `No consta una titulación de nivel EQF ${r.minEqf} o superior` : `No qualification at EQF level ${r.minEqf} or above on file`;
      }
      const status = {
        es: { recognised: 'reconocida', in_progress: 'en trámite de reconocimiento', not_recognised: 'no reconocida', undocumented: 'sin documentos' },
        en: { recognised: 'recognised', in_progress: 'being recognised', not_recognised: 'not recognised', undocumented: 'undocumented' },
      }[lang][r.status];
      const counts = r.status === 'recognised' ? '' : r.counts ? (es ? ': aquí cuenta en parte' : ': it counts partly here') : es ? ': aquí no cuenta' : ': it does not count here';
      return es ? `Su titulación (EQF ${r.minEqf}+) está ${status}${counts}` : `Your qualification (EQF ${r.minEqf}+) is ${status}${counts}`;
    }
    case 'demand': {
      const level = { es: { high: 'alta', medium: 'media', low: 'baja' }, en: { high: 'High', medium: 'Medium', low: 'Low' } }[lang][r.level];
      return es ? `Demanda ${level} de esta ocupación en la región` : `${level} demand for this occupation in the region`;
    }
    case 'authorisation_ends_early':
      return es
        ? `Su permiso termina ${r.monthsBefore} ${r.monthsBefore === 1 ? 'mes' : 'meses'} antes que el programa`
        : `Your permit ends ${r.monthsBefore} ${r.monthsBefore === 1 ? 'month' : 'months'} before the programme does`;
    case 'income_gap':
      return es ? 'No ofrece estipendio y usted necesita ingresos durante el programa' : 'No stipend, and you need an income during the programme';
    case 'pathway':
      return es
        ? `Le habilita para ${r.unlocked} ${r.unlocked === 1 ? 'vacante abierta' : 'vacantes abiertas'} a su alcance`
        : `Qualifies you for ${r.unlocked} open ${r.unlocked === 1 ? 'vacancy' : 'vacancies'} within reach`;
    case 'commitment': {
      const parts: string[] = [];
      if (r.schedule.length > 0) parts.push(renderSchedule(r.schedule, lang));
      parts.push(es ? `${r.hoursPerWeek} horas semanales` : `${r.hoursPerWeek} hours a week`);
      if (r.durationWeeks !== null) parts.push(es ? `${r.durationWeeks} semanas` : `${r.durationWeeks} weeks`);
      parts.push(es ? `desde el ${isoDate(r.startDate)}` : `starting ${isoDate(r.startDate)}`);
      return (es ? 'Compromiso: ' : 'Commitment: ') + parts.join(', ');
    }
  }
}

export function renderReasons(reasons: Reason[], lang: ExplanationLanguage, labels: Labels): string[] {
  return reasons.map((r) => renderReason(r, lang, labels));
}
