import type { CreatedApiKey } from '@app/contracts';
import type { INestApplication } from '@nestjs/common';
import { ScorerIndex } from '../../../apps/scorer/src/index/scorer-index.service';
import { ScorerModule } from '../../../apps/scorer/src/scorer.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { waitFor } from '../../support/wait';
import { createOpportunity, startVacancyService, type VacancyHarness } from '../vacancies/harness';

jest.setTimeout(120000);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A located job vacancy in Quito (demand counts jobs, per region only when located). */
const vacancy = (isco: string, extra: Record<string, unknown> = {}) => ({ kind: 'job', title: `Vacante ${isco}`, occupation: { iscoCode: isco }, location: { regionCode: 'EC-P', lat: -0.19, lon: -78.48 }, capacity: 1, certificate: null, ...extra });

/**
 * The posting day of a vacancy (`postedAt`, schema.org datePosted) is what market demand counts its age
 * and days unfilled from, both in GET /demand and in the scorer's index: two vacancies alike but for
 * the day they were posted weigh differently, and a PATCH of the day moves the signal.
 */
describe('demand: days since posted come from postedAt, not the creation day', () => {
  let h: VacancyHarness;
  let scorer: INestApplication;
  let employer: CreatedApiKey;
  let admin: CreatedApiKey;
  const signal = async (isco: string): Promise<number> => (await h.http().get(`/demand?isco=${isco}&region=EC-P`).set(bearer(admin)).expect(200)).body.vacancySignal;

  beforeAll(async () => {
    h = await startVacancyService('demandposted');
    employer = await seedKey(h.db.dataSource, 'employer', 'employer', 'Bodegas');
    admin = await seedKey(h.db.dataSource, 'admin', 'platform', 'Plataforma');
    const config = testConfig(h.db.url);
    scorer = await createTestApp(ScorerModule.forRoot(config), config);
  }, 90000);
  afterAll(async () => {
    await scorer?.close();
    await h?.close();
  });

  it('a vacancy posted a year ago weighs less than one posted today (GET /demand and the scorer), and PATCH postedAt moves it', async () => {
    const fresh = await createOpportunity(h, employer, vacancy('9333'));
    const old = await createOpportunity(h, employer, vacancy('9321', { postedAt: day(-365) }));
    // Both were created just now: by the creation day they would be equal.
    expect(await signal('9321')).toBeLessThan(await signal('9333'));
    expect(await signal('9321')).toBeGreaterThan(0);

    const index = scorer.get(ScorerIndex);
    const demandOf = (id: string) => {
      const slot = index.opportunities.slotOf(id);
      return slot < 0 ? null : index.opportunities.demand[slot];
    };
    await waitFor('the scorer indexed both', async () => demandOf(fresh.id) !== null && demandOf(old.id) !== null);
    expect(demandOf(old.id)!).toBeLessThan(demandOf(fresh.id)!);

    // Re-posted today: the same weight as the other one.
    await h.http().patch(`/opportunities/${old.id}`).set(bearer(employer)).send({ postedAt: day(0) }).expect(200);
    expect(await signal('9321')).toBeCloseTo(await signal('9333'), 6);
    await waitFor('the scorer applied the new posting day', async () => Math.abs(demandOf(old.id)! - demandOf(fresh.id)!) < 1e-6);
  });
});
