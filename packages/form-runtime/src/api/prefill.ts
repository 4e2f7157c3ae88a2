import type { Lang } from '../i18n/lang.ts';

/** `GET /api/v1/me/prefill?editionId=…` 200 response ("apply again"; contracts: HTTP API). */
export interface Prefill {
  fromApplicationId: string;
  fromEditionId: string;
  fromEditionTitle: string;
  submittedAt: string;
  hasDraft: boolean;
  /** Earlier answers the new form accepts; never the privacy acknowledgement or consents (DS-1). */
  data: Record<string, unknown>;
}

/** What asking for a prefill can end in; expected outcomes are values. */
export type PrefillResult =
  | { kind: 'offer'; prefill: Prefill }
  /** No earlier application of this event type. */
  | { kind: 'none' }
  /** 401: nobody is signed in (e.g. a visitor of a municipality's page that embeds the form). */
  | { kind: 'signed-out' }
  /** Network failure or another answer: the form simply works without the offer. */
  | { kind: 'unavailable' };

/** Classifies the answer to a prefill request. */
export async function prefillResult(response: Response): Promise<PrefillResult> {
  if (response.status === 204) return { kind: 'none' };
  if (response.status === 401) return { kind: 'signed-out' };
  if (!response.ok) return { kind: 'unavailable' };
  const body = (await response.json().catch(() => null)) as Prefill | null;
  if (typeof body?.fromEditionTitle !== 'string' || typeof body.data !== 'object' || body.data === null) {
    return { kind: 'unavailable' };
  }
  return { kind: 'offer', prefill: body };
}

/** Asks the server for the applicant's last application of this event type, carried over to `editionId`'s form. */
export async function fetchPrefill(apiBase: string, editionId: string, lang: Lang): Promise<PrefillResult> {
  try {
    const response = await fetch(`${apiBase}/api/v1/me/prefill?editionId=${encodeURIComponent(editionId)}`, {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      // See client.ts: the session cookie must also reach Festplatz from a page that embeds the form.
      credentials: 'include',
    });
    return await prefillResult(response);
  } catch {
    return { kind: 'unavailable' };
  }
}
