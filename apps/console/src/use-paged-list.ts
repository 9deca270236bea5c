import { useEffect, useState } from 'react';
import { useLoad } from './use-load';

/**
 * A cursor-paged list route (GET /profiles, GET /fairs): the first page now, each "load more" appends
 * the next one. `more` is null on the last page.
 */
export function usePagedList<T>(loadPage: (cursor: string | undefined) => Promise<{ data?: { items: T[]; nextCursor?: string | null }; error?: unknown }>) {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [items, setItems] = useState<T[]>([]);
  const { data, error, loading } = useLoad(() => loadPage(cursor), [cursor]);
  useEffect(() => {
    if (data) setItems((before) => (cursor ? [...before, ...data.items] : data.items));
  }, [data, cursor]);
  const nextCursor = data?.nextCursor ?? undefined;
  return { items, error, loading, more: nextCursor ? () => setCursor(nextCursor) : null };
}
