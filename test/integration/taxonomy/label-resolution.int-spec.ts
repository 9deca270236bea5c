import request from 'supertest';
import { bearer } from '../../support/app';
import { fullProfile, startProfilesWorld, type ProfilesWorld } from '../profiles/fixtures';
import { employerKey, opportunityBody, startVacancyService, type VacancyHarness } from '../vacancies/harness';

const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\//;
const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\//;

/** Free-text labels typed by case managers and employers land on ESCO concepts when they arrive. */
describe('free-text labels are resolved on write (demo taxonomy)', () => {
  let profiles: ProfilesWorld;
  let vacancies: VacancyHarness;

  beforeAll(async () => {
    [profiles, vacancies] = await Promise.all([startProfilesWorld('labels'), startVacancyService('labels')]);
  });
  afterAll(async () => {
    await profiles?.close();
    await vacancies?.close();
  });

  it('resolves a profile skill and job title, keeps the words as typed, leaves nonsense as free text', async () => {
    const body = {
      ...fullProfile(),
      skills: [
        { label: 'manejo de caja', level: 'intermediate', evidence: 'self_declared' },
        { label: 'xyzzy plugh', level: 'basic', evidence: 'self_declared' },
      ],
      experience: [{ label: 'montacarguista', months: 24, formality: 'informal' }],
    };
    const res = await request(profiles.app.getHttpServer()).post('/profiles').set(bearer(profiles.caseManagerA)).send(body).expect(201);
    expect(res.body.skills[0]).toMatchObject({ label: 'manejo de caja', concept: expect.stringMatching(SKILL_URI) });
    expect(res.body.skills[1].concept).toBeUndefined();
    expect(res.body.skills[1].label).toBe('xyzzy plugh');
    expect(res.body.experience[0]).toMatchObject({ label: 'montacarguista', occupation: expect.stringMatching(OCCUPATION_URI), iscoCode: '8344' });
  });

  it('resolves an opportunity requirement typed as words', async () => {
    const employer = await employerKey(vacancies);
    const res = await vacancies
      .http()
      .post('/opportunities')
      .set(bearer(employer))
      .send(opportunityBody({ essentialSkills: [{ label: 'manejo de caja', level: 'basic' }], occupation: { label: 'montacarguista' } }))
      .expect(201);
    expect(res.body.essentialSkills[0].uri).toMatch(SKILL_URI);
    expect(res.body.occupation).toMatchObject({ escoUri: expect.stringMatching(OCCUPATION_URI), iscoCode: '8344' });
  });
});
