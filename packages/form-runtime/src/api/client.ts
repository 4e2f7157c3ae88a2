import type { Lang } from '../i18n/lang.ts';
import { classifySubmitResponse } from './classify.ts';
import type { PrivacyChoice } from './privacy.ts';
import { parseProblem } from './problem.ts';
import type { EditionForm, LoadResult, SubmitOutcome } from './types.ts';

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null; // a truncated or non-JSON body is reported through the status code instead
  }
}

// Every request of the elements sends `credentials: 'include'`: on Festplatz's own pages it is the same as
// 'same-origin'; on a municipality's website that embeds them (docs/embedding.md) it lets the session cookie go to
// the Festplatz origin, which grants that only to its allow-listed embedding origins (CORS with credentials).

/** Loads the applicant form of an edition: `GET {apiBase}/api/v1/editions/{edition}/form`. */
export async function fetchEditionForm(apiBase: string, edition: string, lang: Lang): Promise<LoadResult> {
  try {
    const response = await fetch(`${apiBase}/api/v1/editions/${encodeURIComponent(edition)}/form`, {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      credentials: 'include',
    });
    const body = await readJson(response);
    if (response.ok && typeof body === 'object' && body !== null && 'schema' in body) {
      return { ok: true, form: body as EditionForm };
    }
    return { ok: false, problem: parseProblem(response.status, body) };
  } catch {
    return { ok: false, problem: null }; // network failure: no problem document to show
  }
}

/**
 * Submits an application: `POST {apiBase}/api/v1/me/applications` with the session cookie. The form sends the
 * same `idempotencyKey` when it retries (e.g. after a dropped connection on a fairground), so a submission that
 * did arrive is answered again instead of being stored twice.
 */
export async function submitApplication(
  apiBase: string,
  editionId: string,
  data: unknown,
  lang: Lang,
  idempotencyKey: string,
  /** `draftId`: the autosaved draft this submission turns into a case (instead of a second case beside it). */
  options: { draftId?: string | undefined; privacy?: PrivacyChoice | undefined } = {},
): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}/api/v1/me/applications`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Accept-Language': lang,
        'Idempotency-Key': idempotencyKey,
      },
      credentials: 'include',
      body: JSON.stringify({
        editionId,
        data,
        ...(options.draftId ? { draftId: options.draftId } : {}),
        ...options.privacy,
      }),
    });
  } catch {
    return { kind: 'network' };
  }
  return classifySubmitResponse(response.status, await readJson(response));
}
