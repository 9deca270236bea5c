import { Injectable } from '@nestjs/common';
import { employerReasons, type PublicReason } from '@app/contracts';
import { renderPublicReasons, toPublicReasons, type ExplanationLanguage, type Reason } from '@app/matching';
import { storedReasonLabels } from '@app/taxonomy';
import { TaxonomyService } from '@app/taxonomy/http';

/** What the scorer sends beside engine reasons so they can be labelled (libs/contracts RankedCandidatesResult). */
export interface ReasonRefsResult {
  skillUris?: Record<string, string>;
  occupationUris?: Record<string, string>;
  courseTitles?: Record<string, string>;
}

/**
 * Engine reasons of a person for one opportunity -> what the employer or provider may see of them
 * (`employerReasons`: no legal situation, care duties, income, aspirations or where someone worked),
 * with ESCO URIs and labels and sentences in the caller's language. Used by every employer-facing list
 * (candidates, replacements, a fair's shortlist for one employer).
 */
@Injectable()
export class EmployerReasons {
  constructor(private readonly taxonomy: TaxonomyService) {}

  explainer(refs: ReasonRefsResult, lang: ExplanationLanguage): (reasons: ReadonlyArray<Record<string, unknown>> | undefined) => { reasons: PublicReason[]; explanation: string[] } {
    const labels = storedReasonLabels(this.taxonomy.taxonomy, refs.skillUris ?? {}, new Map(Object.entries(refs.courseTitles ?? {})), refs.occupationUris ?? {});
    return (raw) => {
      const reasons = employerReasons(toPublicReasons((raw ?? []) as unknown as Reason[], lang, labels));
      return { reasons, explanation: renderPublicReasons(reasons, lang) };
    };
  }
}
