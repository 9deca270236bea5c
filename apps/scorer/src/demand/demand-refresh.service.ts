import { createHash } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { demandLevel } from '@app/matching';
import { BACKGROUND_PRIORITY } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { MatchingWork } from '../ranking/matching-work.service';
import { scheduleSettings } from '../schedule-settings';

export interface DemandRefreshOutcome {
  /** Opportunities whose demand moved materially. */
  changed: number;
  /** People queued for a re-rank. */
  reranked: number;
}

/**
 * Recomputes the demand index (the index's `refreshDemand`: open vacancies time-decayed and weighted by
 * days unfilled, plus the imported indicators) and re-ranks only where it matters: an opportunity whose
 * value moved by at least DEMAND_MATERIAL_CHANGE, or changed level (high/medium/low, which explanations
 * name), fans out like a changed vacancy. Hourly decay alone rarely crosses that line, so a quiet hour
 * queues nothing.
 */
@Injectable()
export class DemandRefresh implements OnApplicationBootstrap {
  private readonly log = new Logger('DemandRefresh');
  private readonly threshold = scheduleSettings().DEMAND_MATERIAL_CHANGE;
  /**
   * The demand per opportunity that people were last re-ranked with (taken when the index is built, then
   * moved on by each fan-out). Compared with the current demand rather than a before/after of one
   * refresh, so a refresh done meanwhile by someone else (the index refreshes demand when vacancies
   * change) cannot hide a change from the re-rank.
   */
  private baseline: Map<string, number> | null = null;

  constructor(
    private readonly index: ScorerIndex,
    private readonly work: MatchingWork,
  ) {}

  onApplicationBootstrap(): void {
    void this.index.ready().then(() => (this.baseline ??= this.snapshot()), () => undefined);
    // Every replica applies an indicator import from the outbox (one of them also gets the job): the
    // opportunities indexed since the last fan-out were ranked with the demand just before it.
    this.index.onIndicatorDemand(() => this.rememberUnseen());
  }

  /** Adds the current demand of every opportunity the baseline does not know yet. */
  private rememberUnseen(): void {
    const baseline = (this.baseline ??= new Map());
    for (const [id, value] of this.snapshot()) if (!baseline.has(id)) baseline.set(id, value);
  }

  async recompute(): Promise<DemandRefreshOutcome> {
    await this.index.ready();
    const before = this.snapshot();
    const baseline = (this.baseline ??= before);
    await this.index.refreshDemand();
    const current = this.snapshot();
    const changed: Array<[string, number]> = [];
    for (const [id, value] of current) {
      // Indexed since the last fan-out: its own fan-out ranked it with the demand just before this refresh.
      const old = baseline.get(id) ?? before.get(id);
      if (old === undefined) continue;
      if (Math.abs(value - old) >= this.threshold || demandLevel(value) !== demandLevel(old)) changed.push([id, value]);
    }
    this.baseline = current;
    if (changed.length === 0) return { changed: 0, reranked: 0 };
    changed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const people = new Set<string>();
    for (const [id] of changed) await this.work.collectAffected(id, people);
    // The job id names the demand change, so two processes (or a retried job) applying the same change queue each person once.
    const key = 'd' + createHash('sha1').update(changed.map(([id, v]) => `${id}=${v.toFixed(3)}`).join(',')).digest('hex').slice(0, 16);
    await this.work.enqueueRanks([...people].sort(), key, 'demand', BACKGROUND_PRIORITY);
    this.log.log(`demand moved for ${changed.length} opportunities; ${people.size} people queued for a re-rank`);
    return { changed: changed.length, reranked: people.size };
  }

  /** Demand per indexed opportunity id now. */
  private snapshot(): Map<string, number> {
    const O = this.index.opportunities;
    const out = new Map<string, number>();
    for (let slot = 0; slot < O.slots.highWater; slot++) {
      const o = O.source[slot];
      if (o) out.set(o.id, O.demand[slot]);
    }
    return out;
  }
}
