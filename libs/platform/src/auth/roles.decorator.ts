import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { Role } from '@app/contracts';
import { ApiKeySecurity } from '../openapi/api-key-security';
import { ApiErrors, AUTHENTICATED_ERRORS } from '../openapi/error-responses';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/**
 * The roles that may call this handler (or every handler of the controller). Required on every endpoint.
 * Also what the OpenAPI document says about it: the API-key schemes and the errors the guards and the
 * validation pipe can answer; being one decorator, the document cannot disagree with the guard.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiKeySecurity(), ApiErrors(...AUTHENTICATED_ERRORS));

/** Open without a key: health probes and API documentation only. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
