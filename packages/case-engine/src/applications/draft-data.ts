import type { Issue } from '@festplatz/core';

/** The largest draft accepted, in bytes of its JSON (UTF-8): autosave must not fill the database. */
export const MAX_DRAFT_BYTES = 1024 * 1024;

/**
 * What a draft's data must be before it is stored: a plain JSON object (issue `type`, as ajv reports it) of
 * at most {@link MAX_DRAFT_BYTES} (issue `maxSize`). Nothing else: drafts are incomplete by nature, the form
 * schema is checked on submission.
 */
export function draftDataIssues(data: unknown): Issue[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'type', params: { type: 'object' } }];
  const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
  if (bytes > MAX_DRAFT_BYTES)
    return [{ path: '', code: 'maxSize', params: { limit: MAX_DRAFT_BYTES, size: bytes } }];
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
