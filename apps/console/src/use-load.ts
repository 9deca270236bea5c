import { useCallback, useEffect, useState } from 'react';

/** Runs `load` now and whenever `deps` change; `reload` runs it again (after a change the page made). */
export function useLoad<T>(load: () => Promise<{ data?: T; error?: unknown }>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  // The caller names what the load depends on (as with useEffect).
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    run()
      .then((r) => setState({ data: r.data, error: r.error, loading: false }))
      .catch((e: unknown) => setState({ error: e, loading: false }));
  }, [run]);
  useEffect(reload, [reload]);
  return { ...state, reload };
}
