/**
 * The compiled apps as child processes (as in production and test/e2e/scorer-harness.ts): profile-service,
 * vacancy-service and the scorer on one database and one queue prefix, each on its own port. Readiness
 * is /health/ready; the scorer has indexed when its /metrics gauges count every opportunity and person,
 * and has caught up when every person has stored results (its start-up catch-up ranks them all).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
export const BENCH_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export type AppName = 'profile-service' | 'vacancy-service' | 'scorer';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

export class AppProcess {
  private child: ChildProcess | null = null;
  output = '';
  constructor(
    readonly name: AppName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  start(): void {
    const child = spawn(process.execPath, [...this.nodeArgs, '-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js')], { env: this.env, cwd: ROOT });
    this.child = child;
    // Keep the tail only: a long run logs a lot at warn level when the queue backs up.
    const keep = (d: Buffer) => (this.output = (this.output + d.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited ${this.child?.exitCode}: ${this.output}`);
      if (await fetch(`${this.url}/health/ready`).then((r) => r.ok).catch(() => false)) return;
      await sleep(250);
    }
    throw new Error(`${this.name} did not become ready in ${timeoutMs} ms: ${this.output}`);
  }

  /** Resident set size from /proc/<pid>/status (VmRSS), MiB. */
  rssMiB(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /**
   * CPU time the process has used so far (user + system, /proc/<pid>/stat), ms. Per request over a load
   * phase it is the service's own cost, whatever limits the load generator (autocannon spends far more
   * per response on an incompressible gzip body than on JSON text of the same size).
   */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  }

  async stop(): Promise<void> {
    const c = this.child;
    // Gone already (an exit code, or killed by a signal: then exitCode stays null and 'exit' will not come again).
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    const fallback = setTimeout(() => c.kill('SIGKILL'), 15000);
    await exited;
    clearTimeout(fallback);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Apps {
  profiles: AppProcess;
  vacancies: AppProcess;
  /** The first scorer replica. */
  scorer: AppProcess;
  /** Every scorer replica (BENCH_HTTP_SCORERS, default 2: one per core; they share the queues). */
  scorers: AppProcess[];
  queuePrefix: string;
  /** A second profile-service with `extra` settings (e.g. the rendered-page cache off), ready; stop it yourself. */
  extraProfiles(extra: Record<string, string>): Promise<AppProcess>;
  stop(): Promise<void>;
}

export async function startApps(databaseUrl: string): Promise<Apps> {
  const queuePrefix = `bench_${randomBytes(4).toString('hex')}`;
  const env = (port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: BENCH_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // The benchmark measures the platform's ceiling, not the rate limits (docs/operations.md).
    THROTTLE_PER_MINUTE: '0',
    THROTTLE_STRICT_PER_MINUTE: '0',
    AUTH_FAILURES_PER_MINUTE: '0',
    ...extra,
  });
  const [pp, vp] = [await freePort(), await freePort()];
  const scorerCount = Math.max(1, Number(process.env.BENCH_HTTP_SCORERS ?? 2));
  // The scorer sets the V8 inlining budget libs/matching/README.md recommends itself (apps/scorer/src/v8-tuning.ts).
  const prof = process.env.BENCH_HTTP_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_HTTP_CPU_PROF}`] : [];
  const scorers: AppProcess[] = [];
  for (let i = 0; i < scorerCount; i++) {
    const sp = await freePort();
    scorers.push(new AppProcess('scorer', sp, env(sp), i === 0 ? prof : []));
  }
  const profiles = new AppProcess('profile-service', pp, env(pp), prof);
  const vacancies = new AppProcess('vacancy-service', vp, env(vp));
  const all = [...scorers, profiles, vacancies];
  all.forEach((a) => a.start());
  const stop = async () => {
    await Promise.all(all.map((a) => a.stop()));
  };
  try {
    await Promise.all(all.map((a) => a.ready(180_000)));
  } catch (err) {
    await stop();
    throw err;
  }
  const extraProfiles = async (extra: Record<string, string>) => {
    const port = await freePort();
    const app = new AppProcess('profile-service', port, env(port, extra));
    app.start();
    all.push(app); // stopped with the others if the caller does not
    await app.ready(60_000);
    return app;
  };
  return { profiles, vacancies, scorer: scorers[0], scorers, queuePrefix, extraProfiles, stop };
}

/** The scorer's /metrics as name{labels} -> value. */
export async function scorerMetrics(scorer: AppProcess): Promise<Map<string, number>> {
  const text = await fetch(`${scorer.url}/metrics`).then((r) => r.text());
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, everyMs = 500): Promise<number> {
  const t0 = Date.now();
  while (!(await probe())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
  return (Date.now() - t0) / 1000;
}
