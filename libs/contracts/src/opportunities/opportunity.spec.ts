import { CompleteOpportunitySchema, latestPostingDay, UpdateOpportunitySchema } from './opportunity';

describe('UpdateOpportunitySchema', () => {
  it('keeps only the fields the PATCH names (no defaults that would reset the others)', () => {
    expect(UpdateOpportunitySchema.parse({ capacity: 7 })).toEqual({ capacity: 7 });
    expect(UpdateOpportunitySchema.safeParse({ kind: 'job' }).success).toBe(false);
  });
});

describe('postedAt', () => {
  const base = { kind: 'job', title: 'Cajero/a', mode: 'remote' } as const;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('is optional on create (the creation day is the column default) and kept when given', () => {
    expect(CompleteOpportunitySchema.parse(base).postedAt).toBeUndefined();
    expect(CompleteOpportunitySchema.parse({ ...base, postedAt: '2026-01-10' }).postedAt).toBe('2026-01-10');
    expect(CompleteOpportunitySchema.parse({ ...base, postedAt: day(0) }).postedAt).toBe(day(0));
  });

  it('refuses a malformed or a future date with the field path; tomorrow (UTC) is still today somewhere', () => {
    const issues = (postedAt: unknown) => {
      const r = CompleteOpportunitySchema.safeParse({ ...base, postedAt });
      return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(issues('10/01/2026')).toEqual([['postedAt', 'must be a date YYYY-MM-DD']]);
    expect(issues('2026-02-30')).toEqual([['postedAt', 'must be a date YYYY-MM-DD']]);
    expect(issues(day(2))).toEqual([['postedAt', 'must not be in the future']]);
    expect(issues(day(1))).toEqual([]);
    expect(latestPostingDay(Date.parse('2026-12-31T23:59:00Z'))).toBe('2027-01-01');
  });

  it('PATCH may set it (same rule) but not clear it', () => {
    expect(UpdateOpportunitySchema.parse({ postedAt: '2026-01-10' })).toEqual({ postedAt: '2026-01-10' });
    expect(UpdateOpportunitySchema.safeParse({ postedAt: day(5) }).success).toBe(false);
    expect(UpdateOpportunitySchema.safeParse({ postedAt: null }).success).toBe(false);
  });
});
