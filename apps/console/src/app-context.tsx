import { createContext, useContext } from 'react';
import type { Clients } from './api/clients';
import type { Session } from './session';

export interface AppContextValue {
  session: Session;
  clients: Clients;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in console');
  return value;
}
