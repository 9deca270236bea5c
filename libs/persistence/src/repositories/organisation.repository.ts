import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateOrganisation, Organisation } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity';

export function toOrganisation(e: OrganisationEntity): Organisation {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country, createdAt: e.createdAt.toISOString() };
}

export async function insertOrganisation(manager: EntityManager, input: CreateOrganisation): Promise<Organisation> {
  const saved = await manager.save(manager.create(OrganisationEntity, { ...input, country: input.country ?? null }));
  return toOrganisation(saved);
}

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async findById(id: string): Promise<Organisation | null> {
    const row = await this.ds.getRepository(OrganisationEntity).findOne({ where: { id } });
    return row ? toOrganisation(row) : null;
  }

  async list(): Promise<Organisation[]> {
    const rows = await this.ds.getRepository(OrganisationEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toOrganisation);
  }
}
