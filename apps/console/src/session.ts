// The signed-in key lives in sessionStorage only: gone when the tab closes, never in a URL or a cookie.
export type Role = 'admin' | 'case_manager' | 'employer' | 'organiser';

export interface Session {
  key: string;
  role: Role;
  organisationId: string;
}

const STORAGE_KEY = 'console.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
