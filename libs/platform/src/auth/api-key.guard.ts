import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/contracts';
import { ApiError } from '../errors/api-error';
import { ApiKeyVerifier } from './api-key.verifier';
import type { AuthenticatedRequest } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Global guard. Missing, malformed, unknown or revoked key: 401 (ApiKeyVerifier). Known key whose role
 * is not among the handler's roles: 403. A handler that declares no roles and is not @Public() is
 * closed to everyone (403): forgetting to declare roles must never open an endpoint.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: ApiKeyVerifier,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.verifier.authenticate(req);
    req.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(principal.role)) {
      throw ApiError.forbidden(`This endpoint is not open to the ${principal.role} role`);
    }
    return true;
  }
}
