/** One field error of a problem (RFC 9457 extension used by the Festplatz API). */
export interface ProblemFieldError {
  pointer: string;
  code: string;
  message: string;
}

/**
 * A failed API call as a value. `code` is the server's stable code, or 'NETWORK' when no answer came
 * back at all; `title`/`detail` are the server's localized texts and may be empty.
 */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors: ProblemFieldError[];
}

// Used when a proxy or crash answers with something that is not problem+json.
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'VALIDATION_FAILED',
};

/** Builds a Problem from an HTTP status and whatever body came back, trusting only well-typed fields. */
export function toProblem(status: number, body: unknown): Problem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const errors = Array.isArray(record.errors) ? record.errors.filter(isFieldError) : [];
  const fallback = Object.hasOwn(CODE_BY_STATUS, status) ? CODE_BY_STATUS[status] : undefined;
  return {
    status,
    code: text('code') || fallback || 'INTERNAL',
    title: text('title'),
    detail: text('detail'),
    errors,
  };
}

function isFieldError(value: unknown): value is ProblemFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.pointer === 'string' && typeof v.code === 'string' && typeof v.message === 'string';
}

/** The problem when the server could not be reached (fetch rejected); status 0 like XHR reports it. */
export function networkProblem(): Problem {
  return { status: 0, code: 'NETWORK', title: '', detail: '', errors: [] };
}

/** True when signing in (again, or with another account) is the way out of this problem. */
export function needsSignIn(problem: Problem): boolean {
  return problem.status === 401 || problem.status === 403;
}
