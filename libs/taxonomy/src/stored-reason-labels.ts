import type { ExplanationLanguage, Labels } from '@app/matching';
import type { Taxonomy } from './taxonomy';

/**
 * Labels for rendering stored reasons (a person's recommendations, a fair's shortlists): skills by the
 * ESCO URI stored with the results (ids are looked up again in the loaded taxonomy, so a reload with new
 * ids cannot mislabel), occupations the same way, opportunities by title, languages by name.
 */
export function storedReasonLabels(
  taxonomy: Taxonomy,
  skillUris: Record<string, string>,
  titles: ReadonlyMap<string, string>,
  occupationUris: Record<string, string> = {},
): Labels {
  return {
    skill(skillId: number, lang: ExplanationLanguage) {
      const uri = skillUris[String(skillId)];
      const id = uri ? taxonomy.ids.skill(uri) : -1;
      return (id >= 0 ? taxonomy.preferredLabel('skill', id, lang) : '') || uri || `#${skillId}`;
    },
    skillUri(skillId: number) {
      return skillUris[String(skillId)] ?? null;
    },
    occupation(occupationId: number, lang: ExplanationLanguage) {
      const uri = occupationUris[String(occupationId)] ?? null;
      const id = uri ? taxonomy.ids.occupation(uri) : -1;
      return { uri, label: (id >= 0 ? taxonomy.preferredLabel('occupation', id, lang) : '') || uri || '' };
    },
    opportunity(opportunityId: string) {
      return titles.get(opportunityId) ?? opportunityId;
    },
    language: languageName,
  };
}

const LANGUAGE_NAMES: Record<string, Record<ExplanationLanguage, string>> = {
  es: { es: 'Español', en: 'Spanish' },
  en: { es: 'Inglés', en: 'English' },
  fr: { es: 'Francés', en: 'French' },
  pt: { es: 'Portugués', en: 'Portuguese' },
  ar: { es: 'Árabe', en: 'Arabic' },
  prs: { es: 'Darí', en: 'Dari' },
  kmr: { es: 'Kurdo kurmanji', en: 'Kurmanji Kurdish' },
  ckb: { es: 'Kurdo sorani', en: 'Sorani Kurdish' },
  ti: { es: 'Tigriña', en: 'Tigrinya' },
};

/** The name of a BCP-47 tag's language in `lang` (by its primary subtag); the tag itself when unknown. */
export function languageName(tag: string, lang: ExplanationLanguage): string {
  return LANGUAGE_NAMES[tag.toLowerCase().split('-')[0]]?.[lang] ?? tag;
}
