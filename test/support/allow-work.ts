import type { CreatedApiKey } from '@app/contracts';
import type request from 'supertest';
import { bearer } from './app';

/** A refugee record (may work) so jobs are open to the person; `extra` adds restricted fields. */
export async function allowWork(w: { ps: () => ReturnType<typeof request>; caseManager: CreatedApiKey }, profileId: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await w.ps().put(`/profiles/${profileId}/restricted`).set(bearer(w.caseManager)).send({ authorisationKind: 'refugee', ...extra });
  if (res.status !== 200 && res.status !== 201) throw new Error(`restricted: ${res.status} ${JSON.stringify(res.body)}`);
}
