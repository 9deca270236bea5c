import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BULL_BOARD_ADAPTER, BullBoardModule, type BullBoardModuleOptions } from '@bull-board/nestjs';
import { type DynamicModule, Inject, Module } from '@nestjs/common';
import { AdminKeyCheck } from '@app/platform';
import { ALL_QUEUES } from '../queues';
import { GuardedBoardAdapter } from './guarded-board.adapter';

/** Where the dashboard is served (by the app that imports QueueBoardModule: the vacancy-service). */
export const QUEUE_BOARD_ROUTE = '/admin/queues';

/**
 * @bull-board/fastify 9.10.1 (as pinned: the latest) declares its types against its own copy of
 * @bull-board/api 9.10.1, the queue adapters come from 9.10.2: the same shapes, but two declarations of
 * a private field make TypeScript call them incompatible. At run time the adapter uses nothing of that copy.
 */
const BOARD_ADAPTER = GuardedBoardAdapter as unknown as BullBoardModuleOptions['adapter'];

/** Nest's middleware slot of BullBoardModule must hold something; the check is the adapter's guard. */
const passThrough = (_req: unknown, _res: unknown, next: () => void) => next();

/**
 * Bull Board over every queue the system uses, admin API key only (AdminKeyCheck as the guard of the
 * board's Fastify plugin: the board is outside Nest's routing and so outside the global guard).
 * Read-only (docs/operations.md, "Queue dashboard"): jobs come from the outbox and the services, with
 * payloads the contracts check and job ids that de-duplicate; adding, editing, retrying, promoting or
 * removing a job by hand, or cleaning, pausing or emptying a queue, would go around that (a retried
 * shortlist chunk after its shortlist was marked failed, a removed completed job that no longer stops a
 * re-sent outbox row from running twice). Bull Board refuses every such call with 405 when a queue is
 * read-only, whatever its UI shows.
 */
@Module({})
export class QueueBoardModule {
  constructor(@Inject(BULL_BOARD_ADAPTER) adapter: GuardedBoardAdapter, check: AdminKeyCheck) {
    adapter.guard = check.hook;
  }

  static forRoot(): DynamicModule {
    return {
      module: QueueBoardModule,
      imports: [
        BullBoardModule.forRoot({ route: QUEUE_BOARD_ROUTE, adapter: BOARD_ADAPTER, middleware: passThrough, boardOptions: { uiConfig: { boardTitle: 'Queues' } } }),
        BullBoardModule.forFeature(...ALL_QUEUES.map((name) => ({ name, adapter: BullMQAdapter, options: { readOnlyMode: true, allowRetries: false } }))),
      ],
      providers: [AdminKeyCheck],
    };
  }
}
