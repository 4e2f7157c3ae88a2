import { negotiateLanguage } from '@festplatz/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env.ts';
import { FestplatzError } from './festplatz-error.ts';
import { toProblem } from './problem.ts';

/** Answers an error as `application/problem+json` in the request's language. */
export function problemResponse(c: Context<AppEnv>, error: FestplatzError): Response {
  const lang = c.get('lang') ?? negotiateLanguage(c.req.header('accept-language'));
  const problem = toProblem(error, lang);
  return c.body(JSON.stringify(problem), problem.status as 400, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': lang,
  });
}

/** Maps Hono's own HTTP exceptions (e.g. from middleware) onto our closed code list. */
function fromHttpException(error: HTTPException): FestplatzError {
  const byStatus: Record<number, FestplatzError['code']> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
  };
  const code = byStatus[error.status] ?? (error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL');
  return new FestplatzError(code, { cause: error });
}

/** The one `app.onError`: typed errors become problems; anything else is logged and answered as INTERNAL. */
export function errorHandler(logError: (message: string, error: unknown) => void): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof FestplatzError) return problemResponse(c, error);
    if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
    // Unknown errors: log with the stack, answer without internals.
    logError(`Unexpected error on ${c.req.method} ${c.req.path}`, error);
    return problemResponse(c, new FestplatzError('INTERNAL', { cause: error }));
  };
}

/** The one not-found handler: a problem document, so clients never see an HTML or text 404. */
export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new FestplatzError('NOT_FOUND', { reason: 'ROUTE_NOT_FOUND' }));
