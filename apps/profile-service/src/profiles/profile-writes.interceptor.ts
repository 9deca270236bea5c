import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InvalidationBus } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { finalize, type Observable } from 'rxjs';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every write to a person (`/profiles/:id` and below: PATCH, PUT, DELETE, consent withdrawal, the
 * restricted record) invalidates what the processes hold about them (RecommendationHeads), when the
 * handler has finished and before the answer leaves, whatever its outcome. A failed write costs one
 * extra query later.
 *
 * Applied per controller (`@UseInterceptors` on ProfilesController and RestrictedRecordController, the
 * controllers under `/profiles/:id` that write), not as a global APP_INTERCEPTOR: a global one put Nest's
 * interceptor chain (rxjs plus an AsyncResource.bind per request, whose deprecation check alone was ~6%
 * of the profile-service's CPU in the cached-GET profile) on every request, the recommendations GET and
 * /health/live included. A new controller that writes under `/profiles/:id` adds the decorator too;
 * test/integration/profiles/cache-invalidation.int-spec.ts checks the writes of both controllers.
 */
@Injectable()
export class ProfileWritesInvalidate implements NestInterceptor {
  constructor(private readonly bus: InvalidationBus) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest<{ Params: { id?: string } }>>();
    const id = req.params?.id;
    if (READS.has(req.method) || typeof id !== 'string' || !req.routeOptions.url?.toLowerCase().startsWith('/profiles/:id')) return next.handle();
    return next.handle().pipe(finalize(() => this.bus.publish({ kind: 'profile', profileId: id })));
  }
}
