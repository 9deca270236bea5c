import { Injectable } from '@nestjs/common';
import { PersonIndex } from '@app/matching';
import { draftMatchingView, MatchRequestStore, personToEngine, ProfileRepository, todayEpochDay } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { ProfileRanker } from '../ranking/profile-ranker';

export type WhatIfOutcome = 'ranked' | 'incomplete' | 'expired' | 'already_done' | 'profile_gone';

/**
 * `rank.what_if`: ranks a stored person or a draft with the request's weights. The person is compiled
 * into a one-person index of its own, so the shared index (and with it every employer's candidates)
 * never sees a draft; the result goes to the request's row, nowhere else.
 */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly index: ScorerIndex,
    private readonly ranker: ProfileRanker,
    private readonly store: MatchRequestStore,
    private readonly profiles: ProfileRepository,
  ) {}

  async run(matchRequestId: string): Promise<WhatIfOutcome> {
    await this.index.ready();
    const row = await this.store.load(matchRequestId);
    if (!row) return 'expired';
    if (row.state === 'done') return 'already_done';
    const view = row.profileId ? (await this.profiles.loadMatchingView([row.profileId]))[0] : draftMatchingView(row);
    if (!view) {
      await this.store.markFailed(row.id, 'the person is no longer active');
      return 'profile_gone';
    }
    const person = personToEngine(view, this.index.taxonomy.ids);
    if (!person) {
      await this.store.saveResult(row.id, { options: [], skillUris: {}, incomplete: ['location'] });
      return 'incomplete';
    }
    const people = new PersonIndex(this.index.vocab);
    people.upsert(person);
    const ranked = this.ranker.rankIn(people, people.slotOf(person.id), todayEpochDay(), row.payload.weights);
    await this.store.saveResult(row.id, ranked.document);
    return 'ranked';
  }
}
