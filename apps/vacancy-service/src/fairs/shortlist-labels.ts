import type { ExplanationLanguage, Labels } from '@app/matching';
import type { Taxonomy } from '@app/taxonomy';

/**
 * Labels for rendering a shortlist's stored reasons: skills through the ESCO URIs stored with the
 * shortlist (looked up again in the loaded taxonomy), opportunities by title, languages by tag.
 * (Same approach as the profile service's recommendation labels; a shared home in libs/taxonomy would
 * let both use one.)
 */
export function shortlistLabels(taxonomy: Taxonomy, skillUris: Record<string, string>, titles: ReadonlyMap<string, string>): Labels {
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
