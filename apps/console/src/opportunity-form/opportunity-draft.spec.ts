import { describe, expect, it } from '@jest/globals';
import { createBodyOf, emptyOpportunity, opportunityDraftOf, patchOf } from './opportunity-draft';

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

  it('sends the occupation, the sector (blank as null) and the language minimums on create, and patches them only when changed', () => {
    const occupation = { escoUri: 'http://data.europa.eu/esco/occupation/x', label: 'panadero' };
    const d = { ...emptyOpportunity(), occupation, sector: ' ', languageMinimums: [{ tag: ' en ', level: 'B1' as const, hard: false }] };
    expect(createBodyOf(d)).toMatchObject({ occupation, sector: null, languageMinimums: [{ tag: 'en', level: 'B1', hard: false }] });

    const before = { ...createBodyOf({ ...emptyOpportunity(), occupation, sector: '10' }), version: 5 } as never;
    const draft = opportunityDraftOf({ ...(before as object), supports: { ...(before as { supports: object }).supports }, essentialSkills: [], optionalSkills: [], skillsConferred: [] } as never);
    expect(draft).toMatchObject({ occupation, sector: '10', languageMinimums: [] });
    const next = { ...draft, languageMinimums: [{ tag: 'es', level: 'A2' as const, hard: true }] };
    expect(patchOf(next, new Set(['languageMinimums']), before)).toEqual({ version: 5, languageMinimums: [{ tag: 'es', level: 'A2', hard: true }] });
    expect(patchOf({ ...draft, occupation: null }, new Set(['occupation']), before)).toEqual({ version: 5, occupation: null });
  });
});
