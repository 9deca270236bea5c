// The load generator: a separate process (never inside the apps, never inside the benchmark's own
// event loop). Reads a LoadSpec from argv[2], prints one `LOAD_RESULT {json}` line and exits.
import autocannon from 'autocannon';
import { percentile } from '../harness';
import { patchBody, RESULT_PREFIX, type CannonResult, type CannonSpec, type CycleResult, type CycleSpec, type LatencySummary, type LoadSpec } from './spec';

function summary(ms: number[]): LatencySummary {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

const elapsedMs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function cycle(spec: CycleSpec): Promise<CycleResult> {
  const headers = { Authorization: `Bearer ${spec.key}`, 'Content-Type': 'application/json', 'Accept-Language': 'es' };
  const get: number[] = [];
  const patch: number[] = [];
  const pair: number[] = [];
  const statuses: Record<string, number> = {};
  const count = (s: number) => (statuses[s] = (statuses[s] ?? 0) + 1);
  let next = 0;
  let measuring = false;
  const one = async (i: number) => {
    const id = spec.profileIds[i % spec.profileIds.length];
    const t0 = process.hrtime.bigint();
    const p = await fetch(`${spec.baseUrl}/profiles/${id}`, { method: 'PATCH', headers, body: patchBody(i) });
    await p.arrayBuffer();
    const t1 = process.hrtime.bigint();
    const g = await fetch(`${spec.baseUrl}/profiles/${id}/recommendations`, { headers });
    await g.arrayBuffer();
    if (!measuring) return;
    count(p.status);
    count(g.status);
    patch.push(Number(t1 - t0) / 1e6);
    get.push(elapsedMs(t1));
    pair.push(elapsedMs(t0));
  };
  const run = async (n: number) => {
    const end = next + n;
    await Promise.all(
      Array.from({ length: spec.clients }, async () => {
        while (next < end) await one(next++);
      }),
    );
  };
  await run(spec.warmup);
  measuring = true;
  const t0 = process.hrtime.bigint();
  await run(spec.total);
  const seconds = elapsedMs(t0) / 1000;
  return { kind: 'cycle', cycles: pair.length, seconds, cyclesPerSecond: pair.length / seconds, get: summary(get), patch: summary(patch), pair: summary(pair), statuses };
}

function cannon(spec: CannonSpec): Promise<CannonResult> {
  let k = 0;
  const n = spec.profileIds.length;
  const latencies: number[] = [];
  const request =
    spec.route === 'patch'
      ? { method: 'PATCH', setupRequest: (req: object) => ({ ...req, path: `/profiles/${spec.profileIds[k % n]}`, body: patchBody(k++) }) }
      : spec.route === 'path'
        ? { method: 'GET', path: spec.path ?? '/' }
        : { method: 'GET', setupRequest: (req: object) => ({ ...req, path: `/profiles/${spec.profileIds[k++ % n]}/recommendations` }) };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.baseUrl,
        connections: spec.connections,
        duration: spec.durationS,
        overallRate: spec.overallRate,
        timeout: 30,
        headers: { Authorization: `Bearer ${spec.key}`, 'Content-Type': 'application/json', 'Accept-Language': 'es', 'Accept-Encoding': spec.acceptEncoding ?? 'gzip' },
        requests: [request],
      },
      (err, r) => {
        if (err) return reject(err);
        const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
        const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
        resolve({
          kind: 'cannon',
          requests: answered,
          seconds: r.duration,
          requestsPerSecond: answered / r.duration,
          latency: summary(latencies),
          statuses,
          errors: r.errors,
          timeouts: r.timeouts,
          bytesPerResponse: answered > 0 ? r.throughput.total / answered : 0,
          endedAt: Date.now(),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
  const result = spec.kind === 'cycle' ? await cycle(spec) : await cannon(spec);
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((err) => {
  process.stderr.write(`load process failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
