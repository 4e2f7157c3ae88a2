import type { PointerError } from './pointer.ts';

/** An RFC 9457 problem as our server sends it (contracts: HTTP API), reduced to what the UI shows. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors: (PointerError & { code: string })[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a problem+json body defensively: the body may be missing, HTML from a proxy, or partial. A missing code
 * becomes 'UNKNOWN' so callers can still branch on it.
 */
export function parseProblem(status: number, body: unknown): Problem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const rawErrors = Array.isArray(record.errors) ? record.errors : [];
  const errors = rawErrors.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const e = entry as Record<string, unknown>;
    if (typeof e.pointer !== 'string') return [];
    return [{ pointer: e.pointer, code: text(e.code), message: text(e.message) || text(e.code) }];
  });
  return {
    status: typeof record.status === 'number' ? record.status : status,
    code: text(record.code) || 'UNKNOWN',
    title: text(record.title),
    detail: text(record.detail),
    errors,
  };
}
