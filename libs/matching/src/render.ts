/**
 * Public reasons -> sentences in Spanish or English. Every sentence states the facts its reason
 * carries (minutes and the maximum, the day and hours, the levels, the seats, the dates), so what a
 * case manager reads is what the API returns. Missing skills are said once per group of skills taught
 * by the same courses, not with the same course list repeated per skill.
 */
import type { PublicReason } from '@app/contracts';
import type { Reason } from './explain';
import type { ExplanationLanguage } from './negotiate-language';
import { toPublicReasons, type Labels } from './public-reasons';

export { isoDate, type Labels } from './public-reasons';

/** At most this many skills are named in one sentence ("... and 3 more"). */
export const MAX_NAMED_SKILLS = 5;

type Lang = ExplanationLanguage;
type Of<C extends PublicReason['code']> = Extract<PublicReason, { code: C }>;
type Range = Of<'commitment'>['schedule'][number];

const DAY: Record<Lang, Record<string, string>> = {
  es: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};
const DAY_LONG: Record<Lang, Record<string, string>> = {
  es: { mon: 'el lunes', tue: 'el martes', wed: 'el miércoles', thu: 'el jueves', fri: 'el viernes', sat: 'el sábado', sun: 'el domingo' },
  en: { mon: 'on Monday', tue: 'on Tuesday', wed: 'on Wednesday', thu: 'on Thursday', fri: 'on Friday', sat: 'on Saturday', sun: 'on Sunday' },
};
const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MODE: Record<Lang, Record<string, string>> = {
  es: { walk: 'a pie', bicycle: 'en bicicleta', public_transport: 'en transporte público', motorbike: 'en moto', car: 'en carro' },
  en: { walk: 'on foot', bicycle: 'by bicycle', public_transport: 'by public transport', motorbike: 'by motorbike', car: 'by car' },
};
const WORK_MODE: Record<Lang, Record<string, string>> = {
  es: { on_site: 'presencial', hybrid: 'híbrido', remote: 'a distancia', home_based: 'desde casa' },
  en: { on_site: 'on site', hybrid: 'hybrid', remote: 'remote', home_based: 'home-based' },
};
const PATHWAY: Record<Lang, Record<string, string>> = {
  es: { job: 'un empleo', apprenticeship: 'un aprendizaje', training: 'una formación', self_employment: 'el trabajo por cuenta propia' },
  en: { job: 'a job', apprenticeship: 'an apprenticeship', training: 'a training', self_employment: 'self-employment' },
};
const RECOGNITION: Record<Lang, Record<string, string>> = {
  es: { recognised: 'reconocida', in_progress: 'en trámite de reconocimiento', not_recognised: 'no reconocida', undocumented: 'sin documentos' },
  en: { recognised: 'recognised', in_progress: 'being recognised', not_recognised: 'not recognised', undocumented: 'undocumented' },
};
const VIA: Record<Lang, Record<string, string>> = {
  es: { broader: 'un concepto más amplio', narrower: 'un concepto más específico', related: 'una habilidad relacionada' },
  en: { broader: 'a broader concept', narrower: 'a narrower concept', related: 'a related skill' },
};

const cefr = (level: string, lang: Lang): string => (level === 'native' ? (lang === 'es' ? 'nativo' : 'native') : level === 'none' ? (lang === 'es' ? 'ninguno' : 'none') : level);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'es' ? ' y ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

/** Names of up to MAX_NAMED_SKILLS, then "and N more". */
function named(names: string[], lang: Lang): string {
  const shown = names.slice(0, MAX_NAMED_SKILLS);
  const more = names.length - shown.length;
  if (more > 0) shown.push(lang === 'es' ? `${more} más` : `${more} more`);
  return list(shown, lang);
}

function days(d: string[], lang: Lang): string {
  const idx = d.map((x) => ORDER.indexOf(x));
  const consecutive = idx.every((x, i) => i === 0 || x === idx[i - 1] + 1);
  if (d.length > 2 && consecutive) return `${DAY[lang][d[0]]}-${DAY[lang][d[d.length - 1]]}`;
  return d.map((x) => DAY[lang][x]).join(', ');
}

export function renderSchedule(ranges: readonly Range[], lang: Lang): string {
  return ranges.map((r) => `${days(r.days, lang)} ${r.from}:00-${r.to}:00`).join('; ');
}

/**
 * The covering courses a rendering of these engine reasons names (every missing skill's, grouped into
 * sentences by course), in order, repeats included: whose titles a caller must supply.
 */
export function coursesNamed(reasons: readonly Reason[]): string[] {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.code === 'skills_missing') for (const sk of r.skills) out.push(...sk.coveredBy);
  }
  return out;
}

/** Missing skills grouped by the courses that teach them (first appearance order), each group one sentence. */
function missingGroups(missing: Array<Of<'missing_essential_skill'>>, lang: Lang): string[] {
  const es = lang === 'es';
  const groups = new Map<string, { courses: string[]; skills: string[] }>();
  for (const m of missing) {
    const key = m.coveredBy.map((c) => c.opportunityId).join(',');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { courses: m.coveredBy.map((c) => c.title), skills: [] }));
    g.skills.push(m.skill.label);
  }
  return [...groups.values()].map((g) => {
    const skills = named(g.skills, lang);
    const one = g.skills.length === 1;
    if (g.courses.length === 0) return es ? `${skills}: ${one ? 'no la enseña' : 'no las enseña'} ningún curso a su alcance` : `${skills}: no course within reach teaches ${one ? 'it' : 'them'}`;
    // Courses with the same title (intakes of one course) are named once, with how many there are.
    const counts = new Map<string, number>();
    for (const t of g.courses) counts.set(t, (counts.get(t) ?? 0) + 1);
    const titles = [...counts].map(([t, n]) => (n === 1 ? t : es ? `${t} (${n} convocatorias)` : `${t} (${n} intakes)`));
    const courses = list(titles, lang);
    const pronoun = one ? 'la' : 'las';
    if (es) return titles.length === 1 ? `${skills}: ${pronoun} enseña el curso ${courses}` : `${skills}: ${pronoun} enseñan los cursos ${courses}`;
    return `${skills}: taught by the ${titles.length === 1 ? 'course' : 'courses'} ${courses}`;
  });
}

function demandText(r: Of<'demand'>, lang: Lang): string {
  const es = lang === 'es';
  const level = { es: { high: 'alta', medium: 'media', low: 'baja' }, en: { high: 'High', medium: 'Medium', low: 'Low' } }[lang][r.level];
  const parts = [es ? `vacantes abiertas ${r.vacancySignal.toFixed(2)}` : `open vacancies ${r.vacancySignal.toFixed(2)}`];
  if (r.indicator) parts.push(es ? `indicador «${r.indicator.source}» del ${r.indicator.date}: ${r.indicator.value.toFixed(2)}` : `indicator "${r.indicator.source}" of ${r.indicator.date}: ${r.indicator.value.toFixed(2)}`);
  const head = es ? `Demanda ${level} de esta ocupación en la región` : `${level} demand for this occupation in the region`;
  return `${head} (${r.value.toFixed(2)}: ${parts.join('; ')})`;
}

/** One reason -> one sentence (missing skills: see renderPublicReasons, which groups them). */
export function renderPublicReason(r: PublicReason, lang: Lang): string {
  const es = lang === 'es';
  switch (r.code) {
    case 'not_open':
      return es ? 'La oferta no está abierta' : 'The offer is not open';
    case 'not_authorised_work':
      return es
        ? `Requiere autorización de trabajo${r.authorisationKind ? ` y su situación (${r.authorisationKind}) no la da` : ' y no consta que la tenga'}`
        : `Requires a work authorisation${r.authorisationKind ? `, which your status (${r.authorisationKind}) does not give` : ', and none is on record'}`;
    case 'not_authorised_training':
      return es
        ? `Su situación${r.authorisationKind ? ` (${r.authorisationKind})` : ''} no le permite formarse aquí`
        : `Your status${r.authorisationKind ? ` (${r.authorisationKind})` : ''} does not allow this training`;
    case 'authorisation_kind_not_accepted':
      return es
        ? `Acepta solo estas autorizaciones: ${list(r.accepted, lang)}${r.authorisationKind ? ` (la suya: ${r.authorisationKind})` : ''}`
        : `Accepts only these authorisations: ${list(r.accepted, lang)}${r.authorisationKind ? ` (yours: ${r.authorisationKind})` : ''}`;
    case 'permit_ends_before':
      return es ? `Su permiso termina el ${r.endsAt}, antes de que empiece (${r.startsAt})` : `Your permit ends on ${r.endsAt}, before it starts (${r.startsAt})`;
    case 'minimum_age':
      return es ? `Solo para mayores de ${r.minimumAge} años` : `Only for people aged ${r.minimumAge} or over`;
    case 'deadline_passed':
      return es ? `El plazo de solicitud venció el ${r.deadline}` : `The application deadline passed on ${r.deadline}`;
    case 'capacity_full':
      return es ? `No quedan plazas (${r.booked} de ${r.capacity} ocupadas)` : `No places left (${r.booked} of ${r.capacity} taken)`;
    case 'waiting_list':
      return es ? `Lista de espera: las ${r.capacity} plazas están ocupadas` : `Waiting list: all ${r.capacity} places are taken`;
    case 'programme_started':
      return es ? `Empezó el ${r.startDate} y el plazo para incorporarse terminó el ${r.joinBy}` : `It started on ${r.startDate} and the last day to join was ${r.joinBy}`;
    case 'starts_before_available':
      return es ? `Hay que incorporarse a más tardar el ${r.joinBy} y usted está disponible desde el ${r.earliestStart}` : `You would have to join by ${r.joinBy} and you are available from ${r.earliestStart}`;
    case 'excluded_sector':
      return es ? `Es del sector ${r.sector}, que usted excluyó` : `It is in the sector ${r.sector}, which you excluded`;
    case 'no_digital_access': {
      const needs = r.needs.map((n) => (n === 'device' ? (es ? 'un dispositivo' : 'a device') : es ? 'conexión' : 'a connection'));
      return es
        ? `${r.onlineSessions === 'all' ? 'Es en línea' : 'Tiene sesiones en línea'}, le falta ${list(needs, lang)} y no se prestan equipos`
        : `${r.onlineSessions === 'all' ? 'It is online' : 'It has online sessions'}, you lack ${list(needs, lang)} and no device loan is offered`;
    }
    case 'not_accessible':
      return es ? 'El lugar no es accesible' : 'The place is not accessible';
    case 'commute_too_long':
      return es
        ? `Unos ${r.minutes} minutos de trayecto ${MODE.es[r.mode]}: más que su máximo de ${r.maxMinutes}`
        : `About ${r.minutes} minutes' commute ${MODE.en[r.mode]}: more than your maximum of ${r.maxMinutes}`;
    case 'schedule_conflict': {
      const first = `${DAY_LONG[lang][r.day]} ${es ? 'de' : 'from'} ${r.from}:00 ${es ? 'a' : 'to'} ${r.to}:00`;
      const base = es
        ? `El horario choca con ${r.hours} ${r.hours === 1 ? 'hora semanal' : 'horas semanales'} en las que no está disponible (la primera ${first})`
        : `The schedule clashes with ${plural(r.hours, 'hour', 'hours')} a week when you are not available (first ${first})`;
      if (r.resolvedBy !== 'childcare') return base;
      return es ? `${base}; ${r.careHours} por cuidado de familiares: lo resolvería cuidado infantil en el lugar` : `${base}; ${r.careHours} for care duties: on-site childcare would resolve it`;
    }
    case 'language_below_minimum':
      return es
        ? `${r.language.label}: se pide ${cefr(r.required, lang)} y tiene ${cefr(r.has, lang)}, más de un nivel por debajo`
        : `${r.language.label}: ${cefr(r.required, lang)} required and you have ${cefr(r.has, lang)}, more than one level below`;
    case 'commitment': {
      const parts: string[] = [];
      if (r.schedule.length > 0) parts.push(renderSchedule(r.schedule, lang));
      parts.push(es ? `${r.hoursPerWeek} horas semanales` : `${r.hoursPerWeek} hours a week`);
      if (r.durationWeeks !== null) parts.push(es ? `${r.durationWeeks} semanas` : `${r.durationWeeks} weeks`);
      parts.push(es ? `desde el ${r.startDate}` : `starting ${r.startDate}`);
      if (r.mode !== 'on_site') parts.push(WORK_MODE[lang][r.mode] + (r.onlineSchedule ? (es ? ` (en línea: ${renderSchedule(r.onlineSchedule, lang)})` : ` (online: ${renderSchedule(r.onlineSchedule, lang)})`) : ''));
      return (es ? 'Compromiso: ' : 'Commitment: ') + parts.join(', ');
    }
    case 'skills_matched': {
      const names = named(r.skills.map((s) => s.label), lang);
      return es ? `Tiene ${r.matched} de ${r.total} habilidades esenciales: ${names}` : `Has ${r.matched} of ${r.total} essential skills: ${names}`;
    }
    case 'partial_skill_match':
      return es
        ? `${r.skill.label}: en parte, por ${VIA.es[r.via]} que tiene (${r.heldSkill.label})`
        : `${r.skill.label}: partly, through ${VIA.en[r.via]} you have (${r.heldSkill.label})`;
    case 'skills_missing':
      return es ? `Le faltan ${r.missing} de ${r.total} habilidades esenciales` : `Missing ${r.missing} of ${r.total} essential skills`;
    case 'missing_essential_skill':
      return missingGroups([r], lang)[0];
    case 'optional_skills_matched': {
      const names = named(r.skills.map((s) => s.label), lang);
      return es ? `Tiene también ${r.matched} de ${r.total} habilidades deseables: ${names}` : `Also has ${r.matched} of ${r.total} desirable skills: ${names}`;
    }
    case 'skill_evidence': {
      const parts: string[] = [];
      if (r.assessed) parts.push(es ? `${r.assessed} ${r.assessed === 1 ? 'evaluada' : 'evaluadas'}` : `${r.assessed} assessed`);
      if (r.certified) parts.push(es ? `${r.certified} ${r.certified === 1 ? 'certificada' : 'certificadas'}` : `${r.certified} certified`);
      if (r.selfDeclared) parts.push(es ? `${r.selfDeclared} ${r.selfDeclared === 1 ? 'autodeclarada' : 'autodeclaradas'}` : `${r.selfDeclared} self-declared`);
      return es ? `De esas habilidades: ${list(parts, lang)}` : `Of those skills: ${list(parts, lang)}`;
    }
    case 'skill_level': {
      const parts: string[] = [];
      if (r.above) parts.push(es ? `${r.above} por encima del nivel pedido` : `${r.above} above the level asked`);
      if (r.at) parts.push(es ? `${r.at} al nivel pedido` : `${r.at} at the level asked`);
      if (r.below) parts.push(es ? `${r.below} por debajo` : `${r.below} below it`);
      return (es ? 'Nivel: ' : 'Level: ') + list(parts, lang);
    }
    case 'experience_counted': {
      const how = r.via === 'same_occupation' ? (es ? 'la misma ocupación' : 'the same occupation') : es ? `una ocupación afín${r.occupation.iscoCode ? ` (ISCO ${r.occupation.iscoCode})` : ''}` : `a related occupation${r.occupation.iscoCode ? ` (ISCO ${r.occupation.iscoCode})` : ''}`;
      const extra = [r.abroad ? (es ? 'en el extranjero' : 'abroad') : '', r.informal ? (es ? 'informal' : 'informal') : ''].filter(Boolean);
      const what = r.occupation.label ? (es ? ` como ${r.occupation.label}` : ` as ${r.occupation.label}`) : '';
      return es
        ? `${r.months} meses de experiencia${what}: ${how}${extra.length ? ` (${extra.join(', ')})` : ''}`
        : `${r.months} months of experience${what}: ${how}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    }
    case 'aspiration_match':
      if (r.on === 'occupation') return es ? `Es la ocupación que busca${r.occupation?.label ? `: ${r.occupation.label}` : ''}` : `It is the occupation you are looking for${r.occupation?.label ? `: ${r.occupation.label}` : ''}`;
      if (r.on === 'sector') return es ? `Es del sector que prefiere (${r.sector})` : `It is in a sector you prefer (${r.sector})`;
      return es ? `Es ${PATHWAY.es[r.pathway ?? 'job']}, lo que prefiere` : `It is ${PATHWAY.en[r.pathway ?? 'job']}, which you prefer`;
    case 'commute': {
      const max = r.maxMinutes > 0 ? (es ? ` (su máximo: ${r.maxMinutes})` : ` (your maximum: ${r.maxMinutes})`) : '';
      const base = es ? `Unos ${r.minutes} minutos de trayecto ${MODE.es[r.mode]}${max}` : `About ${r.minutes} minutes' commute ${MODE.en[r.mode]}${max}`;
      if (!r.viaAllowance) return base;
      return base + (es ? ', con el subsidio de transporte que ofrece' : ', with the transport allowance offered');
    }
    case 'remote':
      return es ? 'A distancia: sin desplazamiento' : 'Remote: no commute';
    case 'home_based':
      return es ? 'Se trabaja desde casa: sin desplazamiento' : 'Home-based: no commute';
    case 'commute_unknown':
      return es ? 'Lugar no indicado: no se pudo estimar el trayecto' : 'No location given: commute not estimated';
    case 'accessible_place':
      return es ? 'El lugar es accesible' : 'The place is accessible';
    case 'childcare_frees_care_hours':
      return es
        ? `El cuidado infantil en el lugar libera las ${r.hours} horas de cuidado que pide el horario`
        : `On-site childcare frees the ${r.hours} care hours the schedule needs`;
    case 'language_gap': {
      const support = r.support ? (es ? ' (se ofrece apoyo lingüístico)' : ' (language support offered)') : '';
      return es
        ? `${r.language.label}: se pide ${cefr(r.required, lang)}, tiene ${cefr(r.has, lang)}${support}`
        : `${r.language.label}: ${cefr(r.required, lang)} required, you have ${cefr(r.has, lang)}${support}`;
    }
    case 'credential_status': {
      if (r.status === 'none') return es ? `No consta una titulación de nivel EQF ${r.minEqf} o superior` : `No qualification at EQF level ${r.minEqf} or above on file`;
      const counts = r.status === 'recognised' ? '' : r.counts ? (es ? ': aquí cuenta en parte' : ': it counts partly here') : es ? ': aquí no cuenta' : ': it does not count here';
      return es ? `Su titulación (EQF ${r.minEqf}+) está ${RECOGNITION.es[r.status]}${counts}` : `Your qualification (EQF ${r.minEqf}+) is ${RECOGNITION.en[r.status]}${counts}`;
    }
    case 'demand':
      return demandText(r, lang);
    case 'authorisation_ends_early': {
      const months = es ? plural(r.monthsBefore, 'mes', 'meses') : plural(r.monthsBefore, 'month', 'months');
      const when = r.endsAt ? (es ? ` (el ${r.endsAt}; el programa termina el ${r.programmeEndsAt})` : ` (on ${r.endsAt}; the programme ends on ${r.programmeEndsAt})`) : '';
      return es ? `Su permiso termina ${months} antes que el programa${when}` : `Your permit ends ${months} before the programme does${when}`;
    }
    case 'income_gap':
      return es ? 'No ofrece estipendio y usted necesita ingresos durante el programa' : 'No stipend, and you need an income during the programme';
    case 'pathway':
      return es
        ? `Le habilita para ${r.unlocked} ${r.unlocked === 1 ? 'vacante abierta' : 'vacantes abiertas'} a su alcance`
        : `Qualifies you for ${r.unlocked} open ${r.unlocked === 1 ? 'vacancy' : 'vacancies'} within reach`;
  }
}

/** Sentences for a list of public reasons; consecutive missing skills become one sentence per course group. */
export function renderPublicReasons(reasons: readonly PublicReason[], lang: Lang): string[] {
  const out: string[] = [];
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    if (r.code !== 'missing_essential_skill') {
      out.push(renderPublicReason(r, lang));
      continue;
    }
    const run: Array<Of<'missing_essential_skill'>> = [];
    while (i < reasons.length && reasons[i].code === 'missing_essential_skill') run.push(reasons[i++] as Of<'missing_essential_skill'>);
    i--;
    out.push(...missingGroups(run, lang));
  }
  return out;
}

/** Engine reasons straight to sentences (the public form in between). */
export function renderReasons(reasons: readonly Reason[], lang: Lang, labels: Labels): string[] {
  return renderPublicReasons(toPublicReasons(reasons, lang, labels), lang);
}
