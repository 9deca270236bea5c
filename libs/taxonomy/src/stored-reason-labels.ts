import type { ExplanationLanguage, Labels } from '@app/matching';
import type { Taxonomy } from './taxonomy';

/**
 * Labels for rendering stored reasons (a person's recommendations, a fair's shortlists): skills by the
 * ESCO URI stored with the results (ids are looked up again in the loaded taxonomy, so a reload with new
 * ids cannot mislabel), opportunities by title. Language names are separate (`languageName`): only the
 * callers that name languages add them, the others render the tag.
 */
export function storedReasonLabels(taxonomy: Taxonomy, skillUris: Record<string, string>, titles: ReadonlyMap<string, string>): Labels {
  return {
    skill(skillId: number, lang: ExplanationLanguage) {
      const uri = skillUris[String(skillId)];
      const id = uri ? taxonomy.ids.skill(uri) : -1;
      return (id >= 0 ? taxonomy.preferredLabel('skill', id, lang) : '') || uri || `#${skillId}`;
    },
    opportunity(opportunityId: string) {
      return titles.get(opportunityId) ?? opportunityId;
    },
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
