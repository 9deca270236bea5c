import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsoleServer, type ConsoleServer } from './console-server';

describe('console server', () => {
  let server: ConsoleServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'console-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>');
    // Upstreams on port 1: nothing answers, which the proxy reports as 502.
    server = await startConsoleServer({ root, profileUrl: 'http://127.0.0.1:1', vacancyUrl: 'http://127.0.0.1:1', port: 0 });
  });
  afterAll(() => server.close());

  it('answers a malformed percent-encoded path with 400 in the envelope and keeps serving', async () => {
    const bad = await fetch(`${server.url}/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', details: [{ path: 'url' }] } });
    const page = await fetch(`${server.url}/people`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>console</title>');
  });

  it('reports an upstream that does not answer as 502 in the envelope', async () => {
    const r = await fetch(`${server.url}/api/profile/me`);
    expect(r.status).toBe(502);
    expect(await r.json()).toMatchObject({ error: { code: 'upstream_unavailable' } });
  });
});
