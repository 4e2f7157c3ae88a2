/** Stable sub-codes that refine a problem's `detail` (the `code` stays the closed ErrorCode list). */
export const PROBLEM_REASONS = [
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_BODY',
  'UNKNOWN_EVENT_TYPE',
  'ROUTE_NOT_FOUND',
  'CSRF_REJECTED',
  'STAFF_ONLY',
  'MESSAGE_NEEDS_HIGHER_SIGN_IN',
  'IDEMPOTENCY_KEY_REUSED',
  'PRIVACY_NOTICE_CHANGED',
  'EMPTY_UPLOAD',
  'INVALID_DATE',
  'DOCUMENT_LOCKED',
  'UPLOAD_CLOSED',
  'UNKNOWN_DOCUMENT_KIND',
  'VALIDITY_REQUIRED',
  'VALIDITY_ORDER',
  'REVIEW_NOTE_REQUIRED',
  'TRUST_LEVEL_TOO_LOW',
] as const;

/** One refinement of a problem, looked up in the message catalogs. */
export type ProblemReason = (typeof PROBLEM_REASONS)[number];
