// Hash routes (`#/people/<id>`): the server serves one page, and nothing secret ever enters the URL.
import type { Role } from './session';

export type Route =
  | { page: 'people' }
  | { page: 'person'; id: string }
  | { page: 'profile_new' }
  | { page: 'profile_edit'; id: string }
  | { page: 'restricted'; id: string }
  | { page: 'opportunities' }
  | { page: 'opportunity'; id: string }
  | { page: 'opportunity_new' }
  | { page: 'opportunity_edit'; id: string }
  | { page: 'fairs' }
  | { page: 'fair'; id: string; created: boolean }
  | { page: 'admin' }
  | { page: 'not_found' };

export function parseRoute(hash: string): Route | null {
  // `?created` after a path: the page says what was just done (no data in it).
  const [path = '', query] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return null;
  const [first, id, action] = parts;
  if (first === 'people' && id === 'new') return { page: 'profile_new' };
  if (first === 'people' && id && action === 'edit') return { page: 'profile_edit', id };
  if (first === 'people' && id && action === 'restricted') return { page: 'restricted', id };
  if (first === 'people' && action) return { page: 'not_found' };
  if (first === 'people') return id ? { page: 'person', id } : { page: 'people' };
  if (first === 'opportunities' && id === 'new' && !action) return { page: 'opportunity_new' };
  if (first === 'opportunities' && id && action === 'edit') return { page: 'opportunity_edit', id };
  if (first === 'opportunities' && action) return { page: 'not_found' };
  if (first === 'opportunities') return id ? { page: 'opportunity', id } : { page: 'opportunities' };
  if (first === 'fairs' && !id) return { page: 'fairs' };
  if (first === 'fairs' && id && !action) return { page: 'fair', id, created: query === 'created' };
  if (first === 'admin' && !id) return { page: 'admin' };
  return { page: 'not_found' };
}

/** Where each role starts, and which top-level pages its menu shows. */
export const MENU: Record<Role, Array<{ hash: string; label: 'navPeople' | 'navOpportunities' | 'navFairs' }>> = {
  case_manager: [{ hash: '#/people', label: 'navPeople' }],
  employer: [{ hash: '#/opportunities', label: 'navOpportunities' }],
  organiser: [{ hash: '#/fairs', label: 'navFairs' }],
  admin: [],
};

export function homeOf(role: Role): string {
  return MENU[role][0]?.hash ?? '#/admin';
}
