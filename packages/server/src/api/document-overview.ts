import type { ApplicationRecord, Repository, StoredDocument } from '@festplatz/case-engine';
import {
  dueDate,
  type Edition,
  type Lang,
  localize,
  requiredCoverage,
  validityCovers,
} from '@festplatz/core';
import { megabytes } from '../uploads/receive-upload.ts';
import { documentDto } from './document-dto.ts';
import { type CaseDocumentKind, caseDocumentKinds } from './document-kinds.ts';

/**
 * SEC-2 asks for a limit per application as well as per file. 50 MB holds every Soest document at usual scan
 * sizes (the per-kind maxima alone would add up to 130 MB) while bounding what one case can put onto the
 * town's storage, even by replacing files again and again (removed files are kept for the case file).
 */
export const APPLICATION_UPLOAD_LIMIT_MB = 50;

/** States in which a case takes no more documents: it is decided against, withdrawn or filed away. */
const CLOSED_STATES = new Set(['archived', 'withdrawn', 'rejected', 'revoked']);

/** Whether documents may still be handed in (or removed) for a case in `state` (DOC-8: also after submitting). */
export function acceptsDocuments(state: string): boolean {
  return !CLOSED_STATES.has(state);
}

/** Bytes the case's current documents take. */
export function usedBytes(documents: readonly StoredDocument[]): number {
  return documents.reduce((sum, d) => sum + d.size, 0);
}

function kindDto(kind: CaseDocumentKind, edition: Edition | null, docs: StoredDocument[], lang: Lang) {
  const { requirement: r, request } = kind;
  const due = edition ? dueDate(r, edition) : null;
  const coverage = edition ? requiredCoverage(r, edition) : null;
  return {
    id: r.id,
    title: localize(r.title, lang),
    help: r.help ? localize(r.help, lang) : null,
    accept: r.accept,
    maxSizeMb: r.maxSizeMb,
    validity: r.validity ? { required: r.validity.required, mustCover: coverage } : null,
    byRules: kind.byRules,
    dueAt: due?.at.toISOString() ?? null,
    requested: request ? { dueAt: request.dueAt, status: request.status } : null,
    documents: docs
      .filter((d) => d.kindId === r.id)
      .map((d) =>
        documentDto(
          d,
          coverage && edition ? validityCovers(r, edition, d.validUntil, d.validFrom ?? undefined) : null,
        ),
      ),
  };
}

/** What `GET .../documents` answers (applicant and staff alike): kinds with their documents, and the limits. */
export async function documentOverview(repo: Repository, app: ApplicationRecord, lang: Lang) {
  const [{ kinds, edition }, docs] = await Promise.all([
    caseDocumentKinds(repo, app),
    repo.documents.list(app.id),
  ]);
  return {
    applicationId: app.id,
    state: app.state,
    acceptsDocuments: acceptsDocuments(app.state),
    limitMb: APPLICATION_UPLOAD_LIMIT_MB,
    usedBytes: usedBytes(docs),
    kinds: kinds.map((kind) => kindDto(kind, edition, docs, lang)),
  };
}

/** The per-application limit in bytes. */
export const APPLICATION_UPLOAD_LIMIT_BYTES = megabytes(APPLICATION_UPLOAD_LIMIT_MB);
