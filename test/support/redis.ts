import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { findRedisServer, startPrivateRedis, type PrivateRedis } from '../../scripts/lib/private-redis';
import { recordPrefix } from './queue-prefixes';

/** A BullMQ key prefix no other test file uses (its keys are deleted after the run: queue-prefixes.ts). */
export function uniqueQueuePrefix(label = 't'): string {
  const prefix = `${label}-${randomBytes(4).toString('hex')}`;
  recordPrefix(prefix);
  return prefix;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * A redis-server of the test's own, for tests that stop and restart Redis (outages must not disturb
 * the shared instance other files use). Restartable on the same port.
 */
export class DisposableRedis {
  private current: PrivateRedis | null = null;
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly binary: string,
  ) {}

  static async start(dir: string): Promise<DisposableRedis> {
    const binary = findRedisServer();
    if (!binary) throw new Error('redis-server must be on the PATH for this test');
    const r = new DisposableRedis(await freePort(), dir, binary);
    await r.up();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    this.current = await startPrivateRedis(this.binary, this.port, this.dir);
  }

  async down(): Promise<void> {
    await this.current?.stop();
    this.current = null;
  }
}
