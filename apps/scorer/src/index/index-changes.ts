import { DomainEventSchema } from '@app/contracts';
import type { OutboxEntry } from '@app/messaging';

/** The subjects a batch of outbox rows asks the index to look at again (each once, whatever the count of events). */
export interface IndexChanges {
  people: Set<string>;
  erased: Set<string>;
  opportunities: Set<string>;
  /** Labour-market indicators were imported: every replica recomputes its demand (the table is re-read). */
  indicators: boolean;
}

/**
 * Which index entries a batch of outbox rows touches. Events carry ids only: the index re-reads each
 * subject's row (the truth) rather than trusting the order of events. Events the index does not hold
 * (organisations, fairs) and rows that do not parse are ignored here; the job that carries them reports them.
 */
export function indexChanges(entries: readonly OutboxEntry[]): IndexChanges {
  const out: IndexChanges = { people: new Set(), erased: new Set(), opportunities: new Set(), indicators: false };
  for (const entry of entries) {
    const parsed = DomainEventSchema.safeParse(entry.payload);
    if (!parsed.success) continue;
    const e = parsed.data;
    switch (e.type) {
      case 'profile.changed':
      case 'profile.consent_withdrawn':
        out.people.add(e.profileId);
        break;
      case 'profile.erased':
        out.erased.add(e.profileId);
        break;
      case 'opportunity.changed':
      case 'seat.freed':
      case 'placement.changed':
        out.opportunities.add(e.opportunityId);
        break;
      case 'demand.indicators_changed':
        out.indicators = true;
        break;
      default:
        break;
    }
  }
  for (const id of out.erased) out.people.delete(id);
  return out;
}
