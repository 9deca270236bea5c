import { mapSchemaOrgItem, opportunityToJsonLd } from './schemaorg';
import type { Opportunity } from './opportunity';

const posting = (extra: Record<string, unknown>) => ({ '@type': 'JobPosting', title: 'Auxiliar de bodega', jobLocationType: 'TELECOMMUTE', ...extra });
const fieldsOf = (node: unknown) => {
  const m = mapSchemaOrgItem(node, '2026-12-01');
  if (!m.ok) throw new Error(m.reason);
  return m;
};

describe('schema.org datePosted <-> postedAt', () => {
  it('imports the date part of datePosted (a Date or a DateTime)', () => {
    expect(fieldsOf(posting({ datePosted: '2026-01-10' })).fields.postedAt).toBe('2026-01-10');
    expect(fieldsOf(posting({ datePosted: '2026-01-10T09:30:00-05:00' })).fields.postedAt).toBe('2026-01-10');
  });

  it('without datePosted, no postedAt (the creation day, or the stored day on an update)', () => {
    const m = fieldsOf(posting({}));
    expect('postedAt' in m.fields).toBe(false);
    expect(m.warnings).toEqual([]);
  });

  it('a datePosted that is not a date is ignored with a warning, never guessed', () => {
    const m = fieldsOf(posting({ datePosted: 'last week' }));
    expect('postedAt' in m.fields).toBe(false);
    expect(m.warnings).toEqual(['datePosted "last week" is not a date; ignored']);
  });

  it('exports postedAt as a job\'s datePosted', () => {
    const o = { kind: 'job', id: '00000000-0000-4000-8000-000000000001', title: 'x', description: '', postedAt: '2026-01-10', createdAt: '2026-03-01T10:00:00.000Z', supports: { pay: null }, essentialSkills: [], optionalSkills: [], employmentTypes: [], occupation: null, location: null, mode: 'remote' } as unknown as Opportunity;
    expect(opportunityToJsonLd(o, { id: o.id, name: 'Org' })).toMatchObject({ '@type': 'JobPosting', datePosted: '2026-01-10' });
    expect(opportunityToJsonLd({ ...o, kind: 'training' }, { id: o.id, name: 'Org' })).toMatchObject({ dateCreated: '2026-03-01' });
  });
});
