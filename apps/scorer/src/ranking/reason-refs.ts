import { reasonOccupationIds, reasonSkillIds } from '@app/contracts';
import { coursesNamed, type Reason } from '@app/matching';

interface Uris {
  skills: { uris: readonly string[] };
  occupations: { uris: readonly string[] };
}

/**
 * What stored reasons need beside them to be read later: the ESCO URIs of the taxonomy ids they name
 * (a taxonomy reload may give other ids) and the titles of the covering courses they name. Collected
 * over every reason of a document (recommendations, candidates, shortlists), then written once.
 */
export class ReasonRefs {
  private readonly skillIds = new Set<number>();
  private readonly occupationIds = new Set<number>();
  private readonly courses = new Set<string>();

  add(reasons: readonly Reason[]): void {
    for (const r of reasons as unknown as Array<Record<string, unknown>>) {
      for (const id of reasonSkillIds(r)) this.skillIds.add(id);
      for (const id of reasonOccupationIds(r)) this.occupationIds.add(id);
    }
    for (const id of coursesNamed(reasons)) this.courses.add(id);
  }

  skillUris(taxonomy: Uris): Record<string, string> {
    return pickUris(this.skillIds, taxonomy.skills.uris);
  }

  occupationUris(taxonomy: Uris): Record<string, string> {
    return pickUris(this.occupationIds, taxonomy.occupations.uris);
  }

  /** Titles of the covering courses named (every programme the index holds has one). */
  courseTitles(trainings: { title(id: string): string | undefined }): Record<string, string> {
    const out: Record<string, string> = {};
    for (const id of [...this.courses].sort()) {
      const title = trainings.title(id);
      if (title !== undefined) out[id] = title;
    }
    return out;
  }
}

function pickUris(ids: ReadonlySet<number>, uris: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of [...ids].sort((a, b) => a - b)) if (uris[id]) out[String(id)] = uris[id];
  return out;
}

/**
 * Covering courses depend on the skill only: kept once per document (`coveredBy`), each reason's list
 * emptied (optionReasons in libs/contracts puts them back on read).
 */
export function moveCoveredBy(reasons: Reason[], into: Record<string, string[]>): void {
  for (const r of reasons) {
    if (r.code !== 'skills_missing') continue;
    for (const sk of r.skills) {
      into[String(sk.skillId)] = sk.coveredBy;
      sk.coveredBy = [];
    }
  }
}
