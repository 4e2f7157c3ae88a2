import type { ErrorCode } from '@festplatz/core';

/** The HTTP statuses problems are answered with. */
type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** The single table from error code to HTTP status (STYLE lesson 7, as in tRPC). */
export const HTTP_STATUS: Record<ErrorCode, ProblemStatus> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TRANSITION_NOT_ALLOWED: 409,
  VALIDATION_FAILED: 422,
  APPLICATION_PERIOD_CLOSED: 422,
  RATE_LIMITED: 429,
  MAIL_UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  INTERNAL: 500,
};
