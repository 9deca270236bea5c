import { UpdateOpportunitySchema } from './opportunity';

describe('UpdateOpportunitySchema', () => {
  it('keeps only the fields the PATCH names (no defaults that would reset the others)', () => {
    expect(UpdateOpportunitySchema.parse({ capacity: 7 })).toEqual({ capacity: 7 });
    expect(UpdateOpportunitySchema.safeParse({ kind: 'job' }).success).toBe(false);
  });
});
