import type { TaxonomyLang } from '@app/contracts';
import type { TaxonomyService } from './taxonomy.service';

/**
 * Free-text skills and job titles typed by case managers and employers ("sabe hornear pan",
 * "montacarguista") are resolved to ESCO concepts when they arrive, so matching sees concepts. The
 * words as typed stay in `label`; a label the taxonomy cannot place confidently stays free text and is
 * kept for a later resolution (e.g. after the full ESCO is imported).
 */
interface SkillLike {
  label?: string;
}
interface ProfileSkillLike extends SkillLike {
  concept?: string;
}
interface ProfileExperienceLike extends SkillLike {
  occupation?: string;
  iscoCode?: string;
}
interface RequirementLike extends SkillLike {
  uri?: string;
}
interface OccupationLike extends SkillLike {
  escoUri?: string;
  iscoCode?: string;
}

export function resolveProfileLabels<T extends { skills?: ProfileSkillLike[] | null; experience?: ProfileExperienceLike[] | null }>(
  taxonomy: TaxonomyService,
  body: T,
  lang?: TaxonomyLang,
): T {
  const out = { ...body };
  if (body.skills) {
    out.skills = body.skills.map((s) => {
      if (s.concept || !s.label) return s;
      const [found] = taxonomy.resolveSkills([s.label], lang);
      return 'uri' in found && found.uri ? { ...s, concept: found.uri } : s;
    });
  }
  if (body.experience) {
    out.experience = body.experience.map((e) => {
      if (e.occupation || !e.label) return e;
      const found = taxonomy.resolveOccupation(e.label, lang);
      return found ? { ...e, occupation: found.uri, iscoCode: e.iscoCode ?? found.iscoCode ?? undefined } : e;
    });
  }
  return out;
}

type RequirementLists = 'essentialSkills' | 'optionalSkills' | 'skillsConferred';

export function resolveOpportunityLabels<T extends Partial<Record<RequirementLists, RequirementLike[]>> & { occupation?: OccupationLike | null }>(
  taxonomy: TaxonomyService,
  body: T,
  lang?: TaxonomyLang,
): T {
  const out = { ...body };
  for (const key of ['essentialSkills', 'optionalSkills', 'skillsConferred'] as const) {
    const list = body[key];
    if (list) out[key] = taxonomy.resolveItems(list, 'skill', lang).map(({ resolvedFrom: _r, confidence: _c, ...rest }: RequirementLike & { resolvedFrom?: string; confidence?: number }) => rest) as T[typeof key];
  }
  const occ = body.occupation;
  if (occ && !occ.escoUri && occ.label) {
    const found = taxonomy.resolveOccupation(occ.label, lang);
    if (found) out.occupation = { ...occ, escoUri: found.uri, iscoCode: occ.iscoCode ?? found.iscoCode ?? undefined };
  }
  return out;
}
