import { CompleteOpportunitySchema, type Opportunity, type OpportunityFields } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { OpportunityEntity } from './opportunity.entity';
import { fieldsToColumns, toOpportunity } from './opportunity.mapper';

/**
 * The row-level writes shared by the HTTP service and the schema.org import. Each runs inside the
 * caller's transaction and writes `opportunity.changed` with the new version in it.
 */

/** `filled` is derived: an open opportunity whose seats are all booked. */
const derivedStatus = (fields: OpportunityFields, booked: number) => (fields.status === 'open' && booked >= fields.capacity ? 'filled' : fields.status);

export async function insertOpportunity(m: EntityManager, organisationId: string, fields: OpportunityFields, source: object | null = null): Promise<Opportunity> {
  const { raw } = await m.insert(OpportunityEntity, { ...fieldsToColumns(fields), organisationId, version: 1, sourceJsonld: source });
  const id = (raw as Array<{ id: string }>)[0].id;
  await writeOutbox(m, { type: 'opportunity.changed', opportunityId: id, version: 1 });
  return toOpportunity(await m.findOneOrFail(OpportunityEntity, { where: { id } }));
}

/** Replaces the employer-set fields of a locked row; refuses a capacity below the seats already booked. */
export async function replaceOpportunityFields(m: EntityManager, row: OpportunityEntity, fields: OpportunityFields, source?: object | null): Promise<Opportunity> {
  if (fields.capacity < row.booked) {
    throw ApiError.conflict('capacity_below_booked', `capacity ${fields.capacity} is below the ${row.booked} seats already booked`);
  }
  const version = row.version + 1;
  await m.update(
    OpportunityEntity,
    { id: row.id },
    { ...fieldsToColumns(fields), status: derivedStatus(fields, row.booked), version, updatedAt: () => 'now()', ...(source !== undefined ? { sourceJsonld: source } : {}) },
  );
  await writeOutbox(m, { type: 'opportunity.changed', opportunityId: row.id, version });
  return toOpportunity(await m.findOneOrFail(OpportunityEntity, { where: { id: row.id } }));
}

/** Validates a complete (merged) opportunity with every rule; a ZodError becomes a 400 with field paths. */
export function completeFields(input: unknown): OpportunityFields {
  return CompleteOpportunitySchema.parse(input);
}

export function lockOpportunity(m: EntityManager, id: string): Promise<OpportunityEntity | null> {
  return m.findOne(OpportunityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}
