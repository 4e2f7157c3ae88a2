import { describeDataIssue, type ErrorCode, type Lang } from '@festplatz/core';
import { messages } from '../i18n/index.ts';
import type { FestplatzError } from './festplatz-error.ts';
import { HTTP_STATUS } from './status.ts';

/** One field error of a problem: where (JSON pointer into the sent data), which rule, and why in words. */
export interface ProblemFieldError {
  pointer: string;
  code: string;
  message: string;
}

/** RFC 9457 problem document as Festplatz answers it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** The problem `type` URI of a code: `urn:festplatz:problem:validation-failed`. */
export function problemType(code: ErrorCode): string {
  return `urn:festplatz:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

/** Builds the localized problem document of an error; all user-facing text comes from the catalogs by code. */
export function toProblem(error: FestplatzError, lang: Lang): Problem {
  const catalog = messages(lang);
  const entry = catalog.problems[error.code];
  const params = { ...error.details, count: error.issues.length };
  // Most reasons are fixed sentences; a few (TRUST_LEVEL_TOO_LOW) name values from the details.
  const reason = error.reason ? catalog.reasons[error.reason] : undefined;
  const problem: Problem = {
    ...error.details,
    type: problemType(error.code),
    title: entry.title,
    status: HTTP_STATUS[error.code],
    code: error.code,
    detail: typeof reason === 'function' ? reason(params) : (reason ?? entry.detail(params)),
  };
  if (error.issues.length > 0) {
    problem.errors = error.issues.map((issue) => ({
      pointer: issue.path,
      code: issue.code,
      message: describeDataIssue(issue, lang),
    }));
  }
  return problem;
}
