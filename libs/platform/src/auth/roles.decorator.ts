import { SetMetadata } from '@nestjs/common';
import type { Role } from '@app/contracts';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/** The roles that may call this handler (or every handler of the controller). Required on every endpoint. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open without a key: health probes and API documentation only. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
