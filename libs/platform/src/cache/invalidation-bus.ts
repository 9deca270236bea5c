import { randomUUID } from 'node:crypto';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { redisOptionsFromUrl } from '../config/redis-options';

/**
 * What an in-process cache must forget: an API key (revoked), a person (profile, consent, access or
 * stored results changed), or everything (this process may have missed messages).
 */
export type Invalidation = { kind: 'api-key'; keyId: string } | { kind: 'profile'; profileId: string } | { kind: 'all' };

type Listener = (what: Invalidation) => void;

/**
 * Tells the in-process caches of every app process (ApiKeyCache, profile-service's RecommendationHeads)
 * that something they may hold changed: at once to this process's listeners (synchronously, before the
 * write's answer leaves), and over Redis pub/sub (`<QUEUE_PREFIX>:invalidate`) to the others. Pub/sub
 * is fire-and-forget: a message can be lost while a process is disconnected, so each cache also keeps a
 * short TTL as the bound, and a subscriber that reconnects forgets everything. Publishing never fails a
 * write: Redis down means the other processes catch up within their TTL.
 */
export class InvalidationBus implements OnModuleInit, OnApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private readonly channel: string;
  /** Messages this process sent come back over the subscription; already applied locally. */
  private readonly origin = randomUUID();
  private pub: Redis | null = null;
  private sub: Redis | null = null;
  private connectedOnce = false;

  constructor(
    private readonly redisUrl: string,
    queuePrefix: string,
  ) {
    this.channel = `${queuePrefix}:invalidate`;
  }

  /** Connects in onModuleInit (never in Nest's preview mode, where the OpenAPI script builds the apps). */
  onModuleInit(): void {
    const options = { ...redisOptionsFromUrl(this.redisUrl), lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    this.pub = new Redis(options);
    this.sub = new Redis({ ...options, enableOfflineQueue: true });
    // Errors are reconnect attempts; without a listener ioredis would print each one.
    this.pub.on('error', () => undefined);
    this.sub.on('error', () => undefined);
    this.sub.on('ready', () => {
      if (this.connectedOnce) this.emit({ kind: 'all' });
      this.connectedOnce = true;
    });
    this.sub.on('message', (_channel: string, text: string) => {
      try {
        const m = JSON.parse(text) as { origin?: string; what?: Invalidation };
        if (m.origin !== this.origin && m.what) this.emit(m.what);
      } catch {
        this.emit({ kind: 'all' });
      }
    });
    void this.sub.subscribe(this.channel).catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.pub?.disconnect();
    this.sub?.disconnect();
    this.pub = this.sub = null;
  }

  /** Calls `listener` for every invalidation; returns the way to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(what: Invalidation): void {
    this.emit(what);
    this.pub?.publish(this.channel, JSON.stringify({ origin: this.origin, what })).catch(() => undefined);
  }

  private emit(what: Invalidation): void {
    for (const l of this.listeners) l(what);
  }
}
