import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ErrorEnvelope } from '@app/contracts';
import { ZodSerializationException, ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { requestIdOf } from '../http/request-id.hook';
import { ApiError } from './api-error';
import { zodIssuesToDetails } from './zod-details';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'unavailable',
};

/**
 * Every error leaves every app as `{ "error": { "code", "message", "details", "requestId" } }`; the
 * request id (also in the `X-Request-Id` header and on the request's log lines) is what a caller quotes
 * when reporting a problem.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorEnvelopeFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Fastify's reply, or the raw response where Nest runs middleware (Bull Board's key check): the
    // adapter answers either.
    const res: unknown = host.switchToHttp().getResponse();
    const adapter = this.adapterHost.httpAdapter;
    const [status, envelope] = toErrorEnvelope(exception);
    const requestId = requestIdOf(host.switchToHttp().getRequest<object>());
    if (requestId) envelope.error.requestId = requestId;
    if (status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    if (adapter.isHeadersSent(res)) return;
    adapter.reply(res, envelope, status);
  }
}

/** The status and envelope of any exception (also for what answers outside Nest: AdminKeyCheck). */
export function toErrorEnvelope(exception: unknown): [number, ErrorEnvelope] {
  if (exception instanceof ApiError) {
    return [exception.getStatus(), { error: { code: exception.code, message: exception.message, details: exception.details } }];
  }
  if (exception instanceof ZodValidationException) {
    const details = zodIssuesToDetails(exception.getZodError() as ZodError);
    return [400, { error: { code: 'validation_failed', message: 'The request is not valid', details } }];
  }
  if (exception instanceof ZodError) {
    return [400, { error: { code: 'validation_failed', message: 'The request is not valid', details: zodIssuesToDetails(exception) } }];
  }
  if (exception instanceof ZodSerializationException) {
    return [500, { error: { code: 'internal_error', message: 'The response could not be serialised', details: [] } }];
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
    return [status, { error: { code: CODES[status] ?? `http_${status}`, message: Array.isArray(message) ? message.join('; ') : String(message), details: [] } }];
  }
  const parser = bodyParserError(exception);
  if (parser) return parser;
  return [HttpStatus.INTERNAL_SERVER_ERROR, { error: { code: 'internal_error', message: 'Something went wrong on our side', details: [] } }];
}

/**
 * Errors of the body parsers (http-errors with `type` and a 4xx `status`, or Fastify's, `FST_` codes
 * with a 4xx `statusCode`, where Nest has not already made them an HttpException): a body over the
 * size limit, malformed JSON, an unsupported type, charset or encoding. They are the client's, never a 500.
 */
function bodyParserError(exception: unknown): [number, ErrorEnvelope] | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const e = exception as { status?: unknown; statusCode?: unknown; type?: unknown; limit?: unknown; expose?: unknown; message?: unknown; code?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : NaN;
  if (!(status >= 400 && status < 500)) return null;
  switch (e.type) {
    case 'entity.too.large':
      return [413, { error: { code: 'payload_too_large', message: `The body may have at most ${typeof e.limit === 'number' ? e.limit : 'the allowed number of'} bytes`, details: [] } }];
    case 'entity.parse.failed':
      return [400, { error: { code: 'invalid_json', message: 'The body is not valid JSON', details: [] } }];
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return [415, { error: { code: 'unsupported_media_type', message: String(e.message), details: [] } }];
    default:
      return e.expose === true || (typeof e.code === 'string' && e.code.startsWith('FST_')) ? [status, { error: { code: CODES[status] ?? `http_${status}`, message: String(e.message), details: [] } }] : null;
  }
}
