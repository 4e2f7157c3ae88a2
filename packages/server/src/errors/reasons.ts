/** Stable sub-codes that refine a problem's `detail` (the `code` stays the closed ErrorCode list). */
export const PROBLEM_REASONS = [
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_BODY',
  'UNKNOWN_EVENT_TYPE',
  'ROUTE_NOT_FOUND',
  'CSRF_REJECTED',
  'STAFF_ONLY',
  'IDEMPOTENCY_KEY_REUSED',
] as const;

/** One refinement of a problem, looked up in the message catalogs. */
export type ProblemReason = (typeof PROBLEM_REASONS)[number];
