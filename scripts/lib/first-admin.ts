import { createApiKey, OrganisationEntity } from '@app/persistence';
import type { DataSource } from 'typeorm';

/** Creates (or reuses, by name) a platform organisation and issues it a new admin key. */
export async function createFirstAdmin(ds: DataSource, orgName: string, label: string): Promise<{ key: string; organisationId: string }> {
  return ds.transaction(async (m) => {
    const existing = await m.findOne(OrganisationEntity, { where: { name: orgName, kind: 'platform' } });
    const org = existing ?? (await m.save(m.create(OrganisationEntity, { name: orgName, kind: 'platform', country: null })));
    const created = await createApiKey(m, { organisationId: org.id, role: 'admin', label });
    return { key: created.key, organisationId: org.id };
  });
}

/** True when any active admin key exists (the launcher creates a local one only when none does). */
export async function hasAdminKey(ds: DataSource): Promise<boolean> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL`);
  return n > 0;
}
