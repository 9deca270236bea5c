import { describe, expect, it } from '@jest/globals';
import { createBodyOf, emptyOpportunity, patchOf } from './opportunity-draft';

describe('opportunity draft', () => {
  it('makes a complete create body with the schedule as an hour grid and no skills taught for a job', () => {
    const d = { ...emptyOpportunity('job'), title: ' Panadero ', skillsConferred: [{ uri: 'http://x', level: 'basic' as const }] };
    d.schedule.mon = ['morning'];
    const body = createBodyOf(d);
    expect(body).toMatchObject({ kind: 'job', title: 'Panadero', location: { regionCode: 'EC-P' }, skillsConferred: [], hoursPerWeek: null, startDate: null, externalId: null });
    expect(body.schedule?.mon).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it('patches only the fields changed, with the version, keeping a stored point while the region stays', () => {
    const before = { ...createBodyOf(emptyOpportunity()), location: { regionCode: 'EC-P', lat: -0.2, lon: -78.5 }, version: 3 } as never;
    const d = { ...emptyOpportunity(), capacity: 4 };
    expect(patchOf(d, new Set(['capacity', 'location', 'kind']), before)).toEqual({ version: 3, capacity: 4, location: { regionCode: 'EC-P', lat: -0.2, lon: -78.5 } });
  });
});
