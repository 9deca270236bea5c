import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@app/contracts';
import type { FastifyRequest } from 'fastify';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The caller behind the API key: key id, organisation and role. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
