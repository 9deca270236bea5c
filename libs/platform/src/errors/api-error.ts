import { HttpException } from '@nestjs/common';
import type { ErrorDetail } from '@app/contracts';

/**
 * The one exception type business code throws. `code` is stable and machine-readable
 * (e.g. `profile_not_found`, `capacity_full`); `message` is for humans.
 */
export class ApiError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super({ error: { code, message, details } }, status);
    this.message = message; // HttpException would otherwise derive "Api Error" from the class name
  }

  static badRequest(code: string, message: string, details: ErrorDetail[] = []): ApiError {
    return new ApiError(400, code, message, details);
  }
  static unauthorized(message = 'A valid API key is required'): ApiError {
    return new ApiError(401, 'unauthorized', message);
  }
  static forbidden(message = 'This API key may not do this'): ApiError {
    return new ApiError(403, 'forbidden', message);
  }
  static notFound(what: string): ApiError {
    return new ApiError(404, 'not_found', `${what} not found`);
  }
  /** A dependency (the queue) cannot be reached: nothing stored can answer instead. */
  static rankingUnavailable(): ApiError {
    return new ApiError(503, 'ranking_unavailable', 'Ranking is unavailable for a moment (the queue cannot be reached) and nothing stored answers this request; try again shortly');
  }
  static conflict(code: string, message: string): ApiError {
    return new ApiError(409, code, message);
  }
}
