import { z } from 'zod';
import { zodIssuesToDetails } from './zod-details';

describe('zodIssuesToDetails', () => {
  const schema = z.strictObject({
    languages: z.array(z.strictObject({ tag: z.string(), level: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']) })).max(2),
  });

  it('gives dotted paths into arrays', () => {
    const r = schema.safeParse({ languages: [{ tag: 'es', level: 'Z9' }] });
    expect(r.success).toBe(false);
    expect(zodIssuesToDetails(r.error!)).toEqual([expect.objectContaining({ path: 'languages.0.level', code: 'invalid_value' })]);
  });

  it('names each unknown field', () => {
    const r = schema.safeParse({ languages: [], colour: 'red', size: 1 });
    expect(zodIssuesToDetails(r.error!).map((d) => d.path)).toEqual(['colour', 'size']);
  });

  it('uses (root) for a whole-body problem and honours a root prefix', () => {
    const r = schema.safeParse('nope');
    expect(zodIssuesToDetails(r.error!)[0].path).toBe('(root)');
    expect(zodIssuesToDetails(r.error!, 'query')[0].path).toBe('query');
  });
});
