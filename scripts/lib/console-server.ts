// The console's own origin: serves the built console (dist/console) and forwards /api/profile/* and
// /api/vacancy/* to the two HTTP services. One origin for the page and its API calls means no CORS and
// no change to the services' same-origin CSP (which would block a page they served from calling the
// other service); the API key travels in a header to this server and on, never in a URL.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface ConsoleServerOptions {
  /** The built console (index.html and assets/). */
  root: string;
  profileUrl: string;
  vacancyUrl: string;
  host?: string;
  /** 0 = any free port (tests). */
  port: number;
}

export interface ConsoleServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The console loads only its own files and talks only to its own origin. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Prefix -> upstream service; the prefix is dropped on the way (`/api/profile/me` -> `<profile>/me`). */
function upstreamFor(url: string, opts: ConsoleServerOptions): { base: string; path: string } | null {
  for (const [prefix, base] of [['/api/profile', opts.profileUrl], ['/api/vacancy', opts.vacancyUrl]] as const) {
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) return { base, path: url.slice(prefix.length) || '/' };
  }
  return null;
}

function proxy(req: IncomingMessage, res: ServerResponse, target: { base: string; path: string }): void {
  const upstream = new URL(target.path, target.base);
  // The user's address, for the services' per-address limits (they trust it from loopback only); a
  // forwarded address the browser sent is replaced, not passed on, so it cannot be forged.
  const headers = { ...req.headers, host: upstream.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' };
  const out = httpRequest(upstream, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  out.on('error', () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'upstream_unavailable', message: `${upstream.origin} does not answer`, details: [] } }));
  });
  req.pipe(out);
}

/** The path decoded, or null when its percent-encoding is malformed ("/%E0%A4%A"). */
function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
}

function serveFile(res: ServerResponse, root: string, urlPath: string): void {
  const path = decodedPath(urlPath);
  if (path === null) {
    // A throw here would be uncaught in the server's callback and stop the launcher.
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'bad_request', message: 'The path is not valid percent-encoding', details: [{ path: 'url', message: 'malformed percent-encoding' }] } }));
    return;
  }
  const requested = normalize(join(root, path));
  // Anything outside the root, or not a file, is the single page itself (hash routes need no fallback,
  // but a reload of /anything should still show the console).
  const file = requested.startsWith(root + sep) && existsSync(requested) && statSync(requested).isFile() ? requested : join(root, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The console is not built: run npm run build.\n');
    return;
  }
  // Hashed asset names never change content: cache them; index.html must always be fresh.
  const cache = file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache, ...SECURITY_HEADERS });
  createReadStream(file).pipe(res);
}

export async function startConsoleServer(opts: ConsoleServerOptions): Promise<ConsoleServer> {
  const root = resolve(opts.root);
  const server: Server = createServer((req, res) => {
    const target = upstreamFor(req.url ?? '/', opts);
    if (target) return proxy(req, res, target);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return void res.end();
    }
    serveFile(res, root, req.url ?? '/');
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
