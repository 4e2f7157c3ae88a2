import type { ErrorCode, Issue } from '@festplatz/core';
import type { ProblemReason } from './reasons.ts';

/** Public extension members of a problem (never internals: they are sent to the client as they are). */
export type ProblemDetails = Record<string, unknown>;

/** Options of a FestplatzError: everything but the code is optional. */
export interface FestplatzErrorOptions {
  /** Refines the localized detail text. */
  reason?: ProblemReason;
  /** Public extension members, e.g. `{ state, allowedEvents }`; also interpolated into the detail text. */
  details?: ProblemDetails;
  /** Data issues of a VALIDATION_FAILED error; localized per request language when answered. */
  issues?: Issue[];
  cause?: unknown;
}

/**
 * The one error class of the server: a stable code from core's closed list; `app.onError` turns it into
 * RFC 9457 problem+json with texts looked up by code in the catalogs (STYLE lesson 7).
 */
export class FestplatzError extends Error {
  readonly code: ErrorCode;
  readonly reason: ProblemReason | undefined;
  readonly details: ProblemDetails;
  readonly issues: Issue[];

  constructor(code: ErrorCode, options: FestplatzErrorOptions = {}) {
    // The message is for logs only; users see catalog texts.
    super(options.reason ? `${code} (${options.reason})` : code, { cause: options.cause });
    this.name = 'FestplatzError';
    this.code = code;
    this.reason = options.reason;
    this.details = options.details ?? {};
    this.issues = options.issues ?? [];
  }
}
