import type { Issue } from '@festplatz/core';
import { fail } from '../results.ts';

// Small checks for command payloads. Issues use the same shape as bundle and form issues ({ path, code,
// params }, path a JSON pointer into the command's payload) so the server describes them in de and en.

/** A non-empty string (after trimming). */
export function requireText(value: unknown, path: string): Issue[] {
  if (typeof value === 'string' && value.trim() !== '') return [];
  return [{ path, code: 'required', params: {} }];
}

/** An optional string: absent is fine, present must be a string. */
export function optionalText(value: unknown, path: string): Issue[] {
  return value === undefined || typeof value === 'string'
    ? []
    : [{ path, code: 'type', params: { type: 'string' } }];
}

/** An integer within `[minimum, ∞)`. */
export function requireInteger(value: unknown, path: string, minimum: number): Issue[] {
  if (value === undefined || value === null) return [{ path, code: 'required', params: {} }];
  if (typeof value !== 'number' || !Number.isInteger(value))
    return [{ path, code: 'type', params: { type: 'integer' } }];
  return value < minimum ? [{ path, code: 'minimum', params: { limit: minimum } }] : [];
}

/** A valid instant strictly after `now` (due dates, DOC-8 and FEE-3). */
export function requireFutureDate(value: unknown, path: string, now: Date): Issue[] {
  if (value === undefined || value === null) return [{ path, code: 'required', params: {} }];
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    return [{ path, code: 'format', params: { format: 'date-time' } }];
  }
  return value.getTime() > now.getTime()
    ? []
    : [{ path, code: 'dueNotInFuture', params: { now: now.toISOString() } }];
}

/** One of the allowed values. */
export function requireOneOf(value: unknown, path: string, allowed: readonly string[]): Issue[] {
  if (value === undefined || value === null)
    return [{ path, code: 'required', params: { allowedValues: allowed } }];
  return typeof value === 'string' && allowed.includes(value)
    ? []
    : [{ path, code: 'enum', params: { allowedValues: allowed } }];
}

/** A non-empty list of distinct non-empty strings. */
export function requireTextList(value: unknown, path: string): Issue[] {
  if (!Array.isArray(value)) return [{ path, code: 'required', params: {} }];
  if (value.length === 0) return [{ path, code: 'minItems', params: { limit: 1 } }];
  const issues = value.flatMap((item, index) => requireText(item, `${path}/${index}`));
  if (issues.length > 0) return issues;
  // ajv's params: j is the first, i the second of two equal items (0-based).
  const i = value.findIndex((item, index) => value.indexOf(item) !== index);
  return i < 0 ? [] : [{ path, code: 'uniqueItems', params: { i, j: value.indexOf(value[i]) } }];
}

/** VALIDATION_FAILED for a non-empty issue list, else null. */
export function invalid(issues: Issue[]): ReturnType<typeof fail> | null {
  return issues.length > 0 ? fail({ code: 'VALIDATION_FAILED', issues }) : null;
}
