import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateApiKey, CreatedApiKey, CreateOrganisation, Organisation } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity';
import { createApiKey } from '../repositories/api-key.repository';
import { insertOrganisation } from '../repositories/organisation.repository';

/** Organisation and API-key administration; each change and its outbox event commit together. */
@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  create(input: CreateOrganisation): Promise<Organisation> {
    return this.ds.transaction(async (m) => {
      const org = await insertOrganisation(m, input);
      await writeOutbox(m, { type: 'organisation.changed', organisationId: org.id });
      return org;
    });
  }

  async issueKey(input: CreateApiKey): Promise<CreatedApiKey> {
    return this.ds.transaction(async (m) => {
      const org = await m.findOne(OrganisationEntity, { where: { id: input.organisationId } });
      if (!org) throw ApiError.badRequest('organisation_not_found', 'No organisation with this id', [{ path: 'organisationId', message: 'unknown organisation', code: 'not_found' }]);
      return createApiKey(m, input);
    });
  }
}
