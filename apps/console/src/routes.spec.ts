import { describe, expect, it } from '@jest/globals';
import { homeOf, parseRoute } from './routes';

describe('console routes', () => {
  it('reads pages and ids from the hash', () => {
    expect(parseRoute('')).toBeNull();
    expect(parseRoute('#/people')).toEqual({ page: 'people' });
    expect(parseRoute('#/people/0b6f3c2e')).toEqual({ page: 'person', id: '0b6f3c2e' });
    expect(parseRoute('#/people/new')).toEqual({ page: 'profile_new' });
    expect(parseRoute('#/people/0b6f3c2e/edit')).toEqual({ page: 'profile_edit', id: '0b6f3c2e' });
    expect(parseRoute('#/people/0b6f3c2e/restricted')).toEqual({ page: 'restricted', id: '0b6f3c2e' });
    expect(parseRoute('#/opportunities/7c9e')).toEqual({ page: 'opportunity', id: '7c9e' });
    expect(parseRoute('#/opportunities/new')).toEqual({ page: 'opportunity_new' });
    expect(parseRoute('#/opportunities/7c9e/edit')).toEqual({ page: 'opportunity_edit', id: '7c9e' });
    expect(parseRoute('#/fairs')).toEqual({ page: 'fairs' });
    expect(parseRoute('#/fairs/2f8d')).toEqual({ page: 'fair', id: '2f8d', created: false });
    expect(parseRoute('#/fairs/2f8d?created')).toEqual({ page: 'fair', id: '2f8d', created: true });
    expect(parseRoute('#/fairs/2f8d/x')).toEqual({ page: 'not_found' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not_found' });
  });

  it('starts each role on its own page', () => {
    expect(homeOf('case_manager')).toBe('#/people');
    expect(homeOf('employer')).toBe('#/opportunities');
    expect(homeOf('organiser')).toBe('#/fairs');
    expect(homeOf('admin')).toBe('#/admin');
  });
});
