import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { ALL_QUEUES } from './queues';

/** At most one warning per queue in this long while Redis stays unreachable. */
const WARN_EVERY_MS = 30_000;

/**
 * Without an 'error' listener BullMQ prints every failed reconnect to stderr (several a second while
 * Redis is down). One warning per queue every 30 s instead; readiness (/health/ready) says which
 * dependency is down, and the apps keep serving what does not need the queues.
 */
@Injectable()
export class QueueErrors implements OnModuleInit {
  private readonly log = new Logger('Queues');
  private readonly lastWarned = new Map<string, number>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of ALL_QUEUES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (err: Error) => this.warn(name, err));
    }
  }

  private warn(name: string, err: Error): void {
    const now = Date.now();
    if (now - (this.lastWarned.get(name) ?? -Infinity) < WARN_EVERY_MS) return;
    this.lastWarned.set(name, now);
    this.log.warn(`queue ${name}: ${err.message} (Redis unreachable? repeated errors are not logged for ${WARN_EVERY_MS / 1000} s)`);
  }
}
