import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateOpportunity, Opportunity, Principal, UpdateOpportunity } from '@app/contracts';
import { ApiError } from '@app/platform';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity';
import { assertMayWrite } from './opportunity-access';
import { entityToFields } from './opportunity.mapper';
import { completeFields, insertOpportunity, lockOpportunity, replaceOpportunityFields } from './opportunity-write';

/** Creating, changing and closing opportunities; each change and its outbox event commit together. */
@Injectable()
export class OpportunityService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  create(p: Principal, input: CreateOpportunity): Promise<Opportunity> {
    const { organisationId: requested, ...fields } = input;
    return this.ds
      .transaction(async (m) => {
        const organisationId = await this.owner(p, requested, m);
        return insertOpportunity(m, organisationId, fields);
      })
      .catch(externalIdTaken);
  }

  /** Employers create for their own organisation; admins name the organisation. */
  private async owner(p: Principal, requested: string | undefined, m: EntityManager): Promise<string> {
    if (p.role !== 'admin') {
      if (requested !== undefined && requested !== p.organisationId) throw ApiError.forbidden('Employers create opportunities for their own organisation only');
      return p.organisationId;
    }
    if (requested === undefined) {
      throw ApiError.badRequest('organisation_required', 'An admin must name the owning organisation', [{ path: 'organisationId', message: 'required for admin keys', code: 'required' }]);
    }
    if (!(await m.findOne(OrganisationEntity, { where: { id: requested } }))) {
      throw ApiError.badRequest('organisation_not_found', 'No organisation with this id', [{ path: 'organisationId', message: 'unknown organisation', code: 'not_found' }]);
    }
    return requested;
  }

  update(p: Principal, id: string, patch: UpdateOpportunity): Promise<Opportunity> {
    const { version, ...changes } = patch;
    return this.ds.transaction(async (m) => {
      const row = await lockOpportunity(m, id);
      assertMayWrite(p, row);
      if (version !== undefined && version !== row.version) {
        throw ApiError.conflict('version_conflict', `the opportunity is at version ${row.version}, not ${version}`);
      }
      const current = entityToFields(row);
      // A filled opportunity stays filled unless the caller sets a status (entityToFields reads it as open).
      return replaceOpportunityFields(m, row, completeFields({ ...current, ...changes }));
    }).catch(externalIdTaken);
  }

  close(p: Principal, id: string): Promise<Opportunity> {
    return this.update(p, id, { status: 'closed' });
  }
}

/**
 * The external id is unique per organisation (imports upsert on it): a POST or PATCH naming one that
 * another of the organisation's opportunities holds is the client's conflict, not a 500 (found by
 * test/integration/foundation/fuzz-write-routes.int-spec.ts). The import catches the violation itself.
 */
function externalIdTaken(e: unknown): never {
  if (e instanceof QueryFailedError && (e.driverError as { code?: string; constraint?: string }).code === '23505' && (e.driverError as { constraint?: string }).constraint === 'opportunities_external_id_unique') {
    throw ApiError.conflict('external_id_taken', 'Another opportunity of the organisation already has this externalId');
  }
  throw e;
}
