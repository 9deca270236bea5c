import type { ErrorDetail } from '@app/contracts';
import type { NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../errors/api-error';

/**
 * PostgreSQL refuses U+0000 in text and jsonb ("invalid byte sequence" / "unsupported Unicode escape
 * sequence"), so a NUL anywhere in a request would fail deep in a write as a 500, possibly after part of
 * the work. Refused up front instead, for every route: 400 with the field path of the first one found.
 */
const NUL = '\u0000';

/** The dotted path (zod's form: `skills.3.label`) of the first string or key holding a NUL, or null. */
export function firstNulPath(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstNulPath(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k.includes(NUL)) return [...path, k.replaceAll(NUL, '\\u0000')];
    const found = firstNulPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

export function nulCharacterError(where: 'body' | 'query' | 'params' | 'csv', path: string[]): ApiError {
  const detail: ErrorDetail = { path: path.join('.'), message: 'Must not contain the NUL character (\\u0000)', code: 'nul_character' };
  return ApiError.badRequest('validation_failed', `The request ${where === 'body' ? 'body' : where === 'csv' ? 'file' : where} is not valid`, [detail]);
}

/** Throws the 400 when a parsed request part holds a NUL. */
export function refuseNulCharacters(req: Pick<Request, 'body' | 'query' | 'params'>): void {
  for (const where of ['body', 'query', 'params'] as const) {
    const path = firstNulPath(req[where]);
    if (path) throw nulCharacterError(where, path);
  }
}

/** Runs after the body parsers (Nest applies module middleware after them), before guards and pipes. */
export class NulCharactersMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    refuseNulCharacters(req);
    next();
  }
}
