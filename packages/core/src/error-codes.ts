/** The closed list of error codes the platform answers with (stable, used as identity, never text). */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'APPLICATION_PERIOD_CLOSED',
  'TRANSITION_NOT_ALLOWED',
  'CONFLICT',
  'RATE_LIMITED',
  'MAIL_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];
