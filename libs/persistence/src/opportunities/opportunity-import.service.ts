import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { importItems, mapSchemaOrgItem, type ImportItemResult, type ImportResult, type JsonLdNode, type Principal, type SchemaOrgImportBody } from '@app/contracts';
import { ApiError } from '@app/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { ZodError } from 'zod';
import { OpportunityEntity } from './opportunity.entity';
import { entityToFields } from './opportunity.mapper';
import { completeFields, insertOpportunity, replaceOpportunityFields } from './opportunity-write';
import { sha256, stableJson } from './stable-json';

const UNIQUE_VIOLATION = '23505';

/**
 * schema.org JSON-LD import. Each item is mapped, validated like a POST, and upserted in its own
 * transaction keyed by (organisation, external id): a rejected item never blocks the others and
 * nothing of it is written. The external id is the item's `identifier`, else `@id`, else `url`; an
 * item with none of them is keyed by a hash of its content (re-importing the same document is then
 * idempotent too; an edited copy without an identifier is a new posting).
 */
@Injectable()
export class OpportunityImportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async import(p: Principal, body: SchemaOrgImportBody, today = new Date().toISOString().slice(0, 10)): Promise<ImportResult> {
    const items: ImportItemResult[] = [];
    const nodes = importItems(body);
    for (let index = 0; index < nodes.length; index++) items.push(await this.importOne(p.organisationId, nodes[index], index, today));
    return { items };
  }

  private async importOne(organisationId: string, node: JsonLdNode, index: number, today: string): Promise<ImportItemResult> {
    const mapped = mapSchemaOrgItem(node, today);
    if (!mapped.ok) return { index, outcome: 'rejected', opportunityId: null, externalId: null, reason: mapped.reason, warnings: [] };
    const externalId = (mapped.externalId ?? `sha256:${sha256(stableJson(node))}`).slice(0, 500);
    const base = { index, externalId, warnings: mapped.warnings };
    try {
      const fields = completeFields({ ...mapped.fields, externalId });
      // One retry: two concurrent imports of a new id both miss the lookup; the loser updates instead.
      for (let attempt = 0; ; attempt++) {
        try {
          return { ...base, ...(await this.upsert(organisationId, externalId, fields, node)), reason: null };
        } catch (e) {
          if (attempt === 0 && e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) continue;
          throw e;
        }
      }
    } catch (e) {
      if (e instanceof ZodError) {
        const reason = 'invalid: ' + e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        return { ...base, outcome: 'rejected', opportunityId: null, reason };
      }
      if (e instanceof ApiError) return { ...base, outcome: 'rejected', opportunityId: null, reason: e.message };
      throw e;
    }
  }

  private upsert(organisationId: string, externalId: string, fields: ReturnType<typeof completeFields>, node: JsonLdNode): Promise<Pick<ImportItemResult, 'outcome' | 'opportunityId'>> {
    return this.ds.transaction(async (m) => {
      const existing = await m.findOne(OpportunityEntity, { where: { organisationId, externalId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) {
        const created = await insertOpportunity(m, organisationId, fields, node);
        return { outcome: 'created' as const, opportunityId: created.id };
      }
      // An item without datePosted keeps the stored posting day (it is not a change to it).
      const incoming = fields.postedAt === undefined ? { ...fields, postedAt: existing.postedAt } : fields;
      if (stableJson(entityToFields(existing)) === stableJson(incoming)) return { outcome: 'unchanged' as const, opportunityId: existing.id };
      await replaceOpportunityFields(m, existing, incoming, node);
      return { outcome: 'updated' as const, opportunityId: existing.id };
    });
  }
}
