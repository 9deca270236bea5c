import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKey, CreatedApiKey, Role } from '@app/contracts';
import { generateApiKey, type ApiKeyLookup, type StoredApiKey } from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ApiKeyEntity } from '../entities/api-key.entity';

export function toApiKey(e: ApiKeyEntity): ApiKey {
  return {
    id: e.id,
    organisationId: e.organisationId,
    role: e.role,
    label: e.label,
    prefix: `mk_${e.prefix}`,
    createdAt: e.createdAt.toISOString(),
    revokedAt: e.revokedAt ? e.revokedAt.toISOString() : null,
  };
}

/** Creates a key: the clear key is in the result and nowhere else. */
export async function createApiKey(manager: EntityManager, input: { organisationId: string; role: Role; label: string }): Promise<CreatedApiKey> {
  const generated = generateApiKey();
  const entity = manager.create(ApiKeyEntity, { ...input, prefix: generated.prefix, hash: generated.hash, revokedAt: null });
  const saved = await manager.save(entity);
  return { ...toApiKey(saved), key: generated.key };
}

@Injectable()
export class ApiKeyRepository implements ApiKeyLookup {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async findActiveByPrefix(prefix: string): Promise<StoredApiKey | null> {
    const row = await this.ds.getRepository(ApiKeyEntity).findOne({ where: { prefix, revokedAt: IsNull() } });
    return row ? { id: row.id, organisationId: row.organisationId, role: row.role, hash: row.hash } : null;
  }

  create(input: { organisationId: string; role: Role; label: string }): Promise<CreatedApiKey> {
    return createApiKey(this.ds.manager, input);
  }

  async list(organisationId?: string): Promise<ApiKey[]> {
    const rows = await this.ds.getRepository(ApiKeyEntity).find({
      where: organisationId ? { organisationId } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toApiKey);
  }

  /** Revokes an active key; false when there is no such active key. */
  async revoke(id: string): Promise<boolean> {
    const res = await this.ds.getRepository(ApiKeyEntity).update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (res.affected ?? 0) > 0;
  }
}
