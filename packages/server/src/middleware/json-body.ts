import type { Context } from 'hono';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** Reads a JSON request body; a wrong content type or malformed JSON is a 400 problem, never a 500. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'MALFORMED_JSON', cause });
  }
}

/** Narrows a parsed body to a plain object, else a 400 INVALID_BODY problem. */
export function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
  }
  return body as Record<string, unknown>;
}
