import { parseProblem } from './problem.ts';
import type { SubmitOutcome, SubmittedApplication } from './types.ts';

function isSubmitted(body: unknown): body is SubmittedApplication {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.id === 'string' && typeof b.submittedAt === 'string';
}

/**
 * Sorts a submission response into what the form does next: 201 (or 200 for a retry the server had already
 * received) shows the receipt; 422 with field errors marks the
 * fields; 401 asks to sign in; everything else (incl. 422 APPLICATION_PERIOD_CLOSED, DATE-1) shows the problem detail.
 */
export function classifySubmitResponse(status: number, body: unknown): SubmitOutcome {
  if ((status === 201 || status === 200) && isSubmitted(body)) return { kind: 'created', application: body };
  const problem = parseProblem(status, body);
  if (status === 401) return { kind: 'unauthenticated', problem };
  if (status === 422 && problem.code === 'VALIDATION_FAILED' && problem.errors.length > 0) {
    return { kind: 'invalid', problem };
  }
  return { kind: 'problem', problem };
}
