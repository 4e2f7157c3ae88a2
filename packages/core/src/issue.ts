/** A problem found in a document, located by a JSON pointer (`''` is the root) with a stable code. */
export interface Issue {
  path: string;
  code: string;
  params: Record<string, unknown>;
}

/** The outcome of checking untrusted input at a boundary: the checked value or the issues found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
