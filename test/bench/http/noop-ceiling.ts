/**
 * The ceiling of each HTTP platform on this machine: the bare Nest no-op app (noop-server.ts) on
 * Express and on Fastify, each in its own process, loaded by the same load process as the real routes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runLoad } from '../load/run-load';
import type { CannonResult } from '../load/spec';
import { freePort } from './apps';

const ROOT = join(__dirname, '..', '..', '..', '..');

export type Platform = 'express' | 'fastify';

/** `bodyBytes`: the no-op answers a constant body that large (Fastify only): the ceiling for an answer of a page's size. */
export async function noopCeiling(platform: Platform, connections: number, durationS: number, bodyBytes?: number): Promise<CannonResult> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(__dirname, 'noop-server.js'), platform, String(port), ...(bodyBytes ? [String(Math.round(bodyBytes))] : [])], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('listening')) resolve();
      });
      child.stderr.on('data', (d) => (out += d));
      child.once('exit', (code) => reject(new Error(`noop ${platform} exited ${code}: ${out}`)));
    });
    return await runLoad({ kind: 'cannon', baseUrl: `http://127.0.0.1:${port}`, key: 'none', route: 'path', path: '/noop', profileIds: [], connections, durationS });
  } finally {
    child.kill('SIGTERM');
  }
}
