import type { Lang } from '../i18n/lang.ts';
import { type CaseDocument, documentsUrl, type Failure } from './documents.ts';
import { parseProblem } from './problem.ts';

/** A still valid proof from an earlier case of the applicant, offered for this case (server: reusable-document-dto.ts). */
export interface ReusableDocument extends CaseDocument {
  fromApplicationId: string;
  /** "Allerheiligenkirmes 2025"; null when the earlier edition is gone. */
  fromEditionTitle: string | null;
}

async function documentsCall(url: string, lang: Lang, init?: RequestInit) {
  try {
    const response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': lang, 'Content-Type': 'application/json' },
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body !== null)
      return { ok: true as const, documents: (body as { documents: unknown }).documents };
    return { ok: false as const, problem: parseProblem(response.status, body) };
  } catch {
    return { ok: false as const, problem: null };
  }
}

/** `GET …/documents/reusable`: what the applicant may take over from earlier applications (apply again, DOC-2). */
export async function fetchReusableDocuments(
  apiBase: string,
  applicationId: string,
  lang: Lang,
): Promise<{ ok: true; documents: ReusableDocument[] } | Failure> {
  const result = await documentsCall(`${documentsUrl(apiBase, applicationId)}/reusable`, lang);
  return result.ok ? { ok: true, documents: result.documents as ReusableDocument[] } : result;
}

/** `POST …/documents/reuse`: takes the offered documents over into this case; they are reviewed anew. */
export async function reuseDocuments(
  apiBase: string,
  applicationId: string,
  documentIds: readonly string[],
  lang: Lang,
): Promise<{ ok: true; documents: CaseDocument[] } | Failure> {
  const result = await documentsCall(`${documentsUrl(apiBase, applicationId)}/reuse`, lang, {
    method: 'POST',
    body: JSON.stringify({ documentIds }),
  });
  return result.ok ? { ok: true, documents: result.documents as CaseDocument[] } : result;
}
