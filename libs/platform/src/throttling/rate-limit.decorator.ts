import { SetMetadata } from '@nestjs/common';

export const STRICT_RATE_LIMIT = 'mm:strict-rate-limit';

/**
 * The stricter per-minute limit (THROTTLE_STRICT_PER_MINUTE) on top of the default one: for calls that
 * cost far more than a read (free-text extraction, imports, what-if match requests, shortlists).
 */
export const StrictRateLimit = (): MethodDecorator & ClassDecorator => SetMetadata(STRICT_RATE_LIMIT, true);
