import type { Problem } from '../../api/problem.ts';
import { format, type Messages } from '../../i18n/messages.ts';

/** Where the thread form shows an error: at the text, at the file input, or above the form. */
export interface FieldErrors {
  body?: string;
  files?: string;
  alert?: string;
}

/** The checks the browser can make before sending (the server checks the same again). */
export function localFieldErrors(
  body: string,
  fileCount: number,
  t: Messages['thread'],
  limits: { bodyMaxLength: number; files: number },
): FieldErrors {
  const errors: FieldErrors = {};
  if (body.trim() === '') errors.body = t.bodyRequired;
  else if ([...body].length > limits.bodyMaxLength) {
    errors.body = format(t.bodyTooLong, { limit: limits.bodyMaxLength });
  }
  if (fileCount > limits.files) errors.files = format(t.tooManyFiles, { count: limits.files });
  return errors;
}

/**
 * Places a refused send's problem: field errors by their JSON pointer, a refused file (too large, wrong type)
 * at the file input, everything else above the form. Null means the network failed.
 */
export function fieldErrorsOf(problem: Problem | null, t: Messages['thread']): FieldErrors {
  if (!problem) return { alert: t.networkError };
  if (problem.status === 401) return { alert: t.signInRequired };
  if (problem.code === 'PAYLOAD_TOO_LARGE' || problem.code === 'UNSUPPORTED_FILE_TYPE') {
    return { files: problem.detail || t.unknownProblem };
  }
  const errors: FieldErrors = {};
  for (const error of problem.errors) {
    if (error.pointer === '/body') errors.body = error.message;
    else if (error.pointer.startsWith('/attachments')) errors.files = error.message;
  }
  return Object.keys(errors).length > 0 ? errors : { alert: problem.detail || t.unknownProblem };
}
