import type { Lang } from '../i18n/lang.ts';
import { type Problem, parseProblem } from './problem.ts';

/** A draft as the server keeps it (`GET /api/v1/me/drafts?editionId=…`). */
export interface SavedDraft {
  id: string;
  version: number;
  data: unknown;
  /** ISO instant of the last save. */
  savedAt: string;
}

/** What saving a draft can end in; expected failures are values. */
export type DraftSaveOutcome =
  | { kind: 'saved'; id: string; version: number }
  /** Someone (another tab) saved in between; `version` is the server's current one. */
  | { kind: 'conflict'; version: number | null }
  | { kind: 'unauthenticated' }
  | { kind: 'network' }
  /** 5xx: worth another try later. */
  | { kind: 'unavailable' }
  /** Refused for good (e.g. the application period is over, DATE-1). */
  | { kind: 'refused'; problem: Problem };

async function readJson(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  return response.json().catch(() => null);
}

function classifySave(status: number, body: unknown): DraftSaveOutcome {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if ((status === 200 || status === 201) && typeof b.id === 'string' && typeof b.version === 'number') {
    return { kind: 'saved', id: b.id, version: b.version };
  }
  if (status === 409) return { kind: 'conflict', version: typeof b.version === 'number' ? b.version : null };
  if (status === 401) return { kind: 'unauthenticated' };
  if (status >= 500) return { kind: 'unavailable' };
  return { kind: 'refused', problem: parseProblem(status, body) };
}

/** A draft to save: new (no `id`) or a new version of the applicant's draft `id`. */
export interface DraftSave {
  editionId: string;
  data: unknown;
  id?: string;
  version?: number;
  /** Lets the request outlive the page (saving when the tab is hidden or closed). */
  keepalive?: boolean;
}

/** `POST /api/v1/me/drafts` (new) or `PUT /api/v1/me/drafts/:id` (with the version the form last saw). */
export async function saveDraft(apiBase: string, lang: Lang, save: DraftSave): Promise<DraftSaveOutcome> {
  const url =
    save.id === undefined
      ? `${apiBase}/api/v1/me/drafts`
      : `${apiBase}/api/v1/me/drafts/${encodeURIComponent(save.id)}`;
  const body =
    save.id === undefined
      ? { editionId: save.editionId, data: save.data }
      : { data: save.data, version: save.version };
  try {
    const response = await fetch(url, {
      method: save.id === undefined ? 'POST' : 'PUT',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Accept-Language': lang },
      credentials: 'include',
      keepalive: save.keepalive === true,
      body: JSON.stringify(body),
    });
    return classifySave(response.status, await readJson(response));
  } catch {
    return { kind: 'network' };
  }
}

function isSavedDraft(value: unknown): value is SavedDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.version === 'number' && typeof v.savedAt === 'string';
}

/**
 * The applicant's most recently saved draft of an edition, or null: none, not signed in, or not reachable (the
 * form then simply starts empty).
 */
export async function fetchLatestDraft(
  apiBase: string,
  editionId: string,
  lang: Lang,
): Promise<SavedDraft | null> {
  try {
    const response = await fetch(`${apiBase}/api/v1/me/drafts?editionId=${encodeURIComponent(editionId)}`, {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      credentials: 'include',
    });
    if (!response.ok) return null;
    const body = await readJson(response);
    const first = Array.isArray(body) ? body[0] : null;
    return isSavedDraft(first) ? first : null;
  } catch {
    return null;
  }
}
