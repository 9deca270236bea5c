/**
 * The two header decisions the recommendations route makes itself (Express did them as `req.fresh` and
 * `req.acceptsEncodings`; Fastify leaves them to the handler).
 */

/** If-None-Match names `etag` (weak comparison, as for GET, RFC 9110 13.1.2), or is `*`. */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  const want = opaque(etag);
  return (Array.isArray(header) ? header.join(',') : header).split(',').some((t) => t.trim() === '*' || opaque(t) === want);
}

/**
 * Whether to answer gzip rather than identity under this Accept-Encoding (RFC 9110 12.5.3): gzip when it
 * is listed (or `*` is) with a q above 0 and not below identity's (a tie goes to gzip, as Express's
 * `acceptsEncodings('gzip', 'identity')` did). No header: identity.
 */
export function prefersGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const q = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  const gzip = q.get('gzip') ?? q.get('x-gzip') ?? star ?? 0;
  // identity not listed: the lowest q of those listed, as Express's negotiator counts it.
  const identity = q.get('identity') ?? (q.size ? Math.min(...q.values()) : 1);
  return gzip > 0 && gzip >= identity;
}
