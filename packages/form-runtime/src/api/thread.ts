import type { Lang } from '../i18n/lang.ts';
import { type Problem, parseProblem } from './problem.ts';

/** Which API a thread element talks to: the applicant's own (`/api/v1/me`) or the office's (`/api/v1/admin`). */
export type ThreadSide = 'applicant' | 'staff';

/** One attachment of a message as the server lists it; `href` is relative to the API origin. */
export interface ThreadAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  href: string;
}

/** One message as the server lists it for the reader's side (see the server's message-dto.ts). */
export interface ThreadMessage {
  id: string;
  author: ThreadSide;
  own: boolean;
  createdAt: string;
  readAt: string | null;
  withheld: boolean;
  body: string | null;
  attachments: ThreadAttachment[];
}

/** What a call answered: the value, or a problem (null problem: the network failed). */
export type ThreadResult<T> = { ok: true; value: T } | { ok: false; problem: Problem | null };

/** The thread URL of a case for a side, under `apiBase` (empty: same origin). */
export function threadUrl(apiBase: string, side: ThreadSide, application: string): string {
  const api = side === 'staff' ? '/api/v1/admin' : '/api/v1/me';
  return `${apiBase}${api}/applications/${encodeURIComponent(application)}/messages`;
}

async function call<T>(url: string, lang: Lang, init: RequestInit = {}): Promise<ThreadResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': lang, ...init.headers },
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, problem: null };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy's error page): the status code tells what happened
  }
  return response.ok
    ? { ok: true, value: body as T }
    : { ok: false, problem: parseProblem(response.status, body) };
}

/** `GET …/messages`: the thread, oldest first. */
export async function fetchThread(url: string, lang: Lang): Promise<ThreadResult<ThreadMessage[]>> {
  const result = await call<{ items: ThreadMessage[] }>(url, lang);
  return result.ok ? { ok: true, value: result.value.items } : result;
}

/** `POST …/messages`: the text as JSON, or text and files as multipart/form-data in one request. */
export function sendMessage(url: string, lang: Lang, body: string, files: readonly File[]) {
  if (files.length === 0) {
    return call<ThreadMessage>(url, lang, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body }),
    });
  }
  const form = new FormData();
  form.set('body', body);
  for (const file of files) form.append('attachments', file);
  return call<ThreadMessage>(url, lang, { method: 'POST', body: form });
}

/** `POST …/messages/read`: the other side's messages count as read. */
export function markThreadRead(url: string, lang: Lang) {
  return call<{ marked: number }>(`${url}/read`, lang, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
}
