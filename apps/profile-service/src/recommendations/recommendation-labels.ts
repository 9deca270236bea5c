import type { Labels, ExplanationLanguage } from '@app/matching';
import type { Taxonomy } from '@app/taxonomy';

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

/**
 * Labels for rendering stored reasons: skills by the ESCO URI stored with the results (ids are looked up
 * again in the loaded taxonomy, so a reload with new ids cannot mislabel), opportunities by title.
 */
export function recommendationLabels(taxonomy: Taxonomy, skillUris: Record<string, string>, titles: ReadonlyMap<string, string>): Labels {
  return {
    skill(skillId, lang) {
      const uri = skillUris[String(skillId)];
      const id = uri ? taxonomy.ids.skill(uri) : -1;
      return (id >= 0 ? taxonomy.preferredLabel('skill', id, lang) : '') || uri || `#${skillId}`;
    },
    opportunity(opportunityId) {
      return titles.get(opportunityId) ?? opportunityId;
    },
    language(tag, lang) {
      return LANGUAGE_NAMES[tag.toLowerCase().split('-')[0]]?.[lang] ?? tag;
    },
  };
}
