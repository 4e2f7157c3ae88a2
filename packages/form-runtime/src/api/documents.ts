import type { Lang } from '../i18n/lang.ts';
import { type Problem, parseProblem } from './problem.ts';

/** One uploaded document as the server lists it (server: api/document-dto.ts). */
export interface CaseDocument {
  id: string;
  kindId: string;
  fileName: string;
  mediaType: string;
  size: number;
  validFrom: string | null;
  validUntil: string | null;
  coversEvent: boolean | null;
  reviewStatus: 'pending' | 'accepted' | 'rejected';
  reviewNote: string | null;
  uploadedAt: string;
}

/** A kind of document the case takes, with its rules and what was uploaded (server: api/document-overview.ts). */
export interface DocumentKindView {
  id: string;
  title: string;
  help: string | null;
  accept: string[];
  maxSizeMb: number;
  validity: { required: boolean; mustCover: { from: string; until: string } | null } | null;
  byRules: boolean;
  dueAt: string | null;
  requested: { dueAt: string | null; status: 'pending' | 'accepted' } | null;
  documents: CaseDocument[];
}

/** `GET .../documents`. */
export interface DocumentOverview {
  applicationId: string;
  state: string;
  acceptsDocuments: boolean;
  limitMb: number;
  usedBytes: number;
  kinds: DocumentKindView[];
}

/** A failed call: the server's problem, or null when the server was not reached. */
export type Failure = { ok: false; problem: Problem | null };

/** The documents URL of a case in the applicant's API. */
export function documentsUrl(apiBase: string, applicationId: string): string {
  return `${apiBase}/api/v1/me/applications/${encodeURIComponent(applicationId)}/documents`;
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // not JSON (a proxy's HTML page): the status code tells the rest
  }
}

/** Loads what the case needs and what was handed in. */
export async function fetchDocuments(
  apiBase: string,
  applicationId: string,
  lang: Lang,
): Promise<{ ok: true; overview: DocumentOverview } | Failure> {
  try {
    const response = await fetch(documentsUrl(apiBase, applicationId), {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      credentials: 'same-origin',
    });
    const body = jsonOf(await response.text());
    if (response.ok && body !== null) return { ok: true, overview: body as DocumentOverview };
    return { ok: false, problem: parseProblem(response.status, body) };
  } catch {
    return { ok: false, problem: null };
  }
}

/** What one upload sends: the file for a kind, with the validity dates the applicant stated. */
export interface UploadRequest {
  kindId: string;
  file: File;
  validFrom: string;
  validUntil: string;
}

/**
 * Uploads one file as the raw request body (the server reads the type from the content). XMLHttpRequest rather
 * than fetch, because only it reports upload progress; `onProgress` gets 0..1.
 */
export function uploadDocument(
  apiBase: string,
  applicationId: string,
  lang: Lang,
  upload: UploadRequest,
  onProgress: (fraction: number) => void,
): Promise<{ ok: true; document: CaseDocument } | Failure> {
  const query = new URLSearchParams({ kind: upload.kindId });
  if (upload.validFrom) query.set('validFrom', upload.validFrom);
  if (upload.validUntil) query.set('validUntil', upload.validUntil);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${documentsUrl(apiBase, applicationId)}?${query}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', lang);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(upload.file.name));
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body = jsonOf(xhr.responseText);
      if (xhr.status === 201 && body !== null) resolve({ ok: true, document: body as CaseDocument });
      else resolve({ ok: false, problem: parseProblem(xhr.status, body) });
    });
    xhr.addEventListener('error', () => resolve({ ok: false, problem: null }));
    xhr.addEventListener('abort', () => resolve({ ok: false, problem: null }));
    xhr.send(upload.file);
  });
}

/** Removes a document (`DELETE`); true when it is gone. */
export async function removeDocument(
  apiBase: string,
  applicationId: string,
  documentId: string,
  lang: Lang,
): Promise<{ ok: true } | Failure> {
  try {
    const response = await fetch(
      `${documentsUrl(apiBase, applicationId)}/${encodeURIComponent(documentId)}`,
      {
        method: 'DELETE',
        headers: { Accept: 'application/json', 'Accept-Language': lang },
        credentials: 'same-origin',
      },
    );
    if (response.status === 204) return { ok: true };
    return { ok: false, problem: parseProblem(response.status, jsonOf(await response.text())) };
  } catch {
    return { ok: false, problem: null };
  }
}
