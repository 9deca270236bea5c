import { Injectable } from '@nestjs/common';
import { Histogram, Registry } from 'prom-client';

export type JobOutcome = 'completed' | 'failed';

/** From 5 ms (an event with nothing to do) to 5 min (a large shortlist's allocation). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * `job_duration_seconds{queue,name,outcome}`: one observation per attempt a worker of this process ran
 * (a job retried three times counts three attempts: `failed`, `failed`, `completed`). Job names are the
 * payload types (`profile.changed`, `rank.page`...), a bounded set. GracefulWorkerHost records it.
 */
@Injectable()
export class JobMetrics {
  private readonly duration: Histogram<'queue' | 'name' | 'outcome'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'job_duration_seconds',
      help: 'Duration of a job attempt by queue, job name and outcome',
      labelNames: ['queue', 'name', 'outcome'] as const,
      buckets: BUCKETS,
      registers: [registry],
    });
  }

  /** Starts timing an attempt; call the result with its outcome (it returns the duration, seconds). */
  start(queue: string, name: string): (outcome: JobOutcome) => number {
    const end = this.duration.startTimer({ queue, name });
    return (outcome) => end({ outcome });
  }
}
