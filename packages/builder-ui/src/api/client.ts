import type { Lang } from '../i18n/lang.ts';
import { networkProblem, type Problem, toProblem } from './problem.ts';

/** Outcome of an API call: the parsed body or a Problem, never a thrown error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Options of {@link requestJson}. */
export interface RequestOptions {
  lang: Lang;
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Injected for tests against a real local server; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * Calls the Festplatz JSON API with the session cookie (same origin only) and the UI's language, and
 * turns every failure (network, HTTP error, non-JSON answer) into a Problem value.
 * An abort is reported as a NETWORK problem too; callers that abort ignore the result anyway.
 */
export async function requestJson<T>(url: string, options: RequestOptions): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.lang };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch {
    // fetch only rejects for network failures and aborts; neither carries more for the user.
    return { ok: false, problem: networkProblem() };
  }
  const body = await readJson(response);
  if (!response.ok) return { ok: false, problem: toProblem(response.status, body) };
  if (body === undefined) return { ok: false, problem: toProblem(502, undefined) };
  return { ok: true, value: body as T };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // A body that is not JSON (HTML error page of a proxy) is treated as no body.
    return undefined;
  }
}

/** Joins the element's `api-base` attribute with an API path, tolerating a trailing slash. */
export function apiUrl(apiBase: string | null | undefined, path: string): string {
  return `${(apiBase ?? '').replace(/\/+$/, '')}${path}`;
}
