import { constants, gzipSync } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { LRUCache } from 'lru-cache';

/** A rendered page and the stored results it was rendered from. */
interface RenderedPage {
  /** Which stored results (versions, computed_at) and which served taxonomy it came from. */
  source: string;
  /** The JSON body, UTF-8 encoded once (sending a string encodes it again on every answer). */
  body: Buffer;
  /** The same body gzipped, made on the first request that accepts gzip (most clients do). */
  gzip: Buffer | null;
}

/**
 * Rendered recommendation pages (the JSON body), per person, language and query. A page is a pure
 * function of the stored row (profile version, index version, computed_at) and the served taxonomy's
 * labels: a vacancy whose title changes or that closes re-ranks the people naming it (new computed_at),
 * so an entry is served only while its `source` equals the row's current one, which the request reads
 * anyway (the access check and freshness come first: a cached page never skips them). Bounded by
 * RECOMMENDATIONS_CACHE_MB of bodies (plain and gzipped), least recently used out first. Personal data?
 * The page holds opportunity titles, scores and reasons, no contact data; it lives in this process's
 * memory only.
 */
@Injectable()
export class RenderedPages {
  private readonly pages: LRUCache<string, RenderedPage> | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const maxSize = config.RECOMMENDATIONS_CACHE_MB * 1024 * 1024;
    this.pages = maxSize > 0 ? new LRUCache<string, RenderedPage>({ maxSize, sizeCalculation: (p) => Math.max(1, p.body.length + p.source.length + (p.gzip?.length ?? 0)) }) : null;
  }

  get enabled(): boolean {
    return this.pages !== null;
  }

  /** The body of the page rendered from `source`, or undefined (never rendered, or rendered from older results). */
  get(key: string, source: string): Buffer | undefined {
    const page = this.pages?.get(key);
    return page && page.source === source ? page.body : undefined;
  }

  /** Whether a page for this key exists at all (then the request can skip reading the stored payload). */
  has(key: string): boolean {
    return this.pages?.has(key) ?? false;
  }

  /** Keeps the page (when the cache is on) and returns its body. */
  set(key: string, source: string, json: string): Buffer {
    const body = Buffer.from(json);
    this.pages?.set(key, { source, body, gzip: null });
    return body;
  }

  /**
   * `body` gzipped: compressed once per page and kept beside it while the page is current, so repeated
   * reads send ~1/4 of the bytes without compressing again. Without a current page holding this body
   * (cache off, or replaced meanwhile) it is compressed for this answer only. Level 1 (zlib's fastest,
   * what web servers use for dynamic bodies): on a 64 KiB results document ~1 ms instead of ~2.4 ms at
   * the default level 6, for ~6% more bytes (18.4 vs 17.3 KiB). The first read after every change pays it.
   */
  gzipped(key: string, source: string, body: Buffer): Buffer {
    const page = this.pages?.get(key);
    if (!page || page.source !== source || page.body !== body) return gzip(body);
    if (page.gzip !== null) return page.gzip;
    const zipped = gzip(body);
    // A new entry object: lru-cache re-sizes an entry only when its value changes identity.
    this.pages?.set(key, { ...page, gzip: zipped });
    return zipped;
  }
}

const gzip = (body: Buffer): Buffer => gzipSync(body, { level: constants.Z_BEST_SPEED });
