import type { NextFunction, Request, Response } from 'express';
import { runWithContext } from '../context/request-context';
import { REQUEST_ID_HEADER, requestIdFrom } from '../context/request-id';

type RequestWithId = Request & { requestId?: string };

/**
 * First middleware of every app: the request's id (the caller's `X-Request-Id` when acceptable, else a
 * new UUID) is echoed in the response header and becomes the context of everything the request runs,
 * so log lines and the jobs it enqueues carry it (context/request-context.ts).
 */
export function requestIdMiddleware() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    (req as RequestWithId).requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    runWithContext({ requestId }, next);
  };
}

/** The id requestIdMiddleware gave this request (undefined in an app without it). */
export function requestIdOf(req: object): string | undefined {
  return (req as RequestWithId).requestId;
}
