import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One prom-client registry per app (PlatformModule provides it; inject `Registry`). Never prom-client's
 * global default registry: the in-process test stack runs all three apps in one Node process, and two
 * apps registering `http_request_duration_seconds` in one registry would throw (or mix their series).
 * The process metrics (CPU, memory, event-loop lag, GC) carry an `app` label; the app's own metrics do
 * not (Prometheus' `job`/`instance` labels say where a series came from), so their names and labels
 * stay exactly as parsers of the scorer's metrics expect them.
 */
export function createAppRegistry(app: string): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, labels: { app } });
  return registry;
}
