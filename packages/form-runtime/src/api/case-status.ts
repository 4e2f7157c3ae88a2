import type { Lang } from '../i18n/lang.ts';

/** A consent of a case as the server lists it (DS-1): in force while `withdrawnAt` is null. */
export interface CaseConsent {
  id: string;
  title: string;
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/** `GET /api/v1/me/applications/:id` as the status element reads it (server: application-status-dto.ts). */
export interface CaseStatus {
  id: string;
  editionId: string;
  editionTitle: string;
  state: string;
  stateLabel: string;
  submittedAt: string | null;
  timeZone: string;
  applicationPeriod: { opens: string; closes: string; timeZone: string } | null;
  receipt: { dataHash: string } | null;
  documentsRequested: { dueAt: string | null; documents: { id: string; title: string }[] } | null;
  payment: { amountCents: number; dueAt: string | null; kassenzeichen: string | null } | null;
  notice: { kind: string | null; issuedAt: string } | null;
  consents: CaseConsent[];
}

/** What a call answered: the value, or failed (the element shows a generic message and keeps what it has). */
export type CaseResult<T> = { ok: true; value: T } | { ok: false; status: number | null };

function caseUrl(apiBase: string, application: string): string {
  return `${apiBase}/api/v1/me/applications/${encodeURIComponent(application)}`;
}

async function call<T>(url: string, lang: Lang, init: RequestInit = {}): Promise<CaseResult<T>> {
  try {
    const response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      credentials: 'same-origin',
    });
    if (!response.ok) return { ok: false, status: response.status };
    return { ok: true, value: (await response.json()) as T };
  } catch {
    return { ok: false, status: null };
  }
}

/** Loads the applicant's own case with its next step (`GET /api/v1/me/applications/:id`). */
export function fetchCaseStatus(
  apiBase: string,
  application: string,
  lang: Lang,
): Promise<CaseResult<CaseStatus>> {
  return call(caseUrl(apiBase, application), lang);
}

/** Withdraws one consent (`POST .../consents/:consentId/withdraw`); withdrawing twice is harmless. */
export function withdrawConsent(
  apiBase: string,
  application: string,
  consentId: string,
  lang: Lang,
): Promise<CaseResult<CaseConsent>> {
  const url = `${caseUrl(apiBase, application)}/consents/${encodeURIComponent(consentId)}/withdraw`;
  return call(url, lang, { method: 'POST' });
}
