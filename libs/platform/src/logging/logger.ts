import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { contextLogFields } from '../context/request-context';
import { redactPersonal } from './redaction';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * A JSON logger (one object per line) that censors personal fields before anything is written. Lines go
 * to stdout asynchronously: lines logged while a write is in flight leave in the next write, instead of
 * one blocking write per line (per request); pino flushes what is pending when the process exits.
 * Lines written while a request or a job runs carry its `requestId` (and a job's `queue` and `jobId`):
 * see context/request-context.ts.
 */
export function createLogger(service: string, level: LogLevel = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      mixin: contextLogFields,
      formatters: { log: redactPersonal },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** Adapts pino to Nest's LoggerService so framework messages come out in the same structured form. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    // Nest's start-up chatter (one line per module and route) is only useful when debugging.
    const context = params[params.length - 1];
    this.write(typeof context === 'string' && QUIET_CONTEXTS.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    // Nest passes the context (class name) as the last string parameter.
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const extra = params.find((p) => p && typeof p === 'object') as Record<string, unknown> | undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message, ...extra }, message.message);
    } else if (message && typeof message === 'object') {
      this.logger[level]({ context, ...(message as Record<string, unknown>) });
    } else {
      const stack = typeof params[0] === 'string' && level === 'error' ? params[0] : undefined;
      this.logger[level]({ context, stack, ...extra }, String(message));
    }
  }
}
