import type { ApplicationRecord, NewOutboxMessage, Repository, StoredDocument } from '@festplatz/case-engine';
import { caseDocumentKinds } from '../api/document-kinds.ts';
import { APPLICATION_UPLOAD_LIMIT_BYTES, acceptsDocuments, usedBytes } from '../api/document-overview.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { DOCUMENT_UPLOADED_HANDLER } from '../outbox/document-uploaded-handler.ts';
import type { BlobStore } from './blob-store.ts';
import { fileTooLarge, megabytes, receiveUpload } from './receive-upload.ts';

/** One file the applicant hands in for a case. */
export interface HandIn {
  kindId: string;
  fileName: string;
  validFrom: string | null;
  validUntil: string | null;
  body: ReadableStream<Uint8Array> | null;
  /** The request's Content-Length, when sent: a file declared too large is refused before a byte is read. */
  declaredBytes: number | null;
  now: Date;
}

/**
 * Takes a document for a case (DOC-1..8, SEC-2): the kind must be one the case takes, the case must still take
 * documents, stated validity dates must be in order, and the file must fit the kind's types and size and the
 * case's total. When staff requested this kind and wait for it (documents_requested), the office is told by
 * mail (content-free) in the same transaction.
 */
export async function handInDocument(
  repo: Repository,
  store: BlobStore,
  app: ApplicationRecord,
  input: HandIn,
): Promise<StoredDocument> {
  if (!acceptsDocuments(app.state)) throw new FestplatzError('CONFLICT', { reason: 'UPLOAD_CLOSED' });
  const { kinds } = await caseDocumentKinds(repo, app);
  const kind = kinds.find((k) => k.requirement.id === input.kindId);
  if (!kind) throw new FestplatzError('BAD_REQUEST', { reason: 'UNKNOWN_DOCUMENT_KIND' });
  const { requirement } = kind;
  if (requirement.validity?.required && input.validUntil === null) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'VALIDITY_REQUIRED' });
  }
  if (input.validFrom && input.validUntil && input.validFrom > input.validUntil) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'VALIDITY_ORDER' });
  }

  const fileLimit = megabytes(requirement.maxSizeMb);
  const budget = APPLICATION_UPLOAD_LIMIT_BYTES - usedBytes(await repo.documents.list(app.id));
  const maxBytes = Math.max(0, Math.min(fileLimit, budget));
  const tooLarge = () =>
    budget < fileLimit
      ? fileTooLarge(APPLICATION_UPLOAD_LIMIT_BYTES, 'application')
      : fileTooLarge(fileLimit);
  if (input.declaredBytes !== null && input.declaredBytes > maxBytes) throw tooLarge();
  const received = await receiveUpload(store, input.body, { maxBytes, accept: requirement.accept }).catch(
    (error: unknown) => {
      throw error instanceof FestplatzError && error.code === 'PAYLOAD_TOO_LARGE' ? tooLarge() : error;
    },
  );

  const awaited = app.state === 'documents_requested' && kind.request?.status === 'pending';
  const outbox: NewOutboxMessage[] = awaited
    ? [
        {
          handler: DOCUMENT_UPLOADED_HANDLER,
          // One notice per case, kind and content: the same file sent twice does not mail staff twice.
          dedupeKey: `documentUploaded:${app.id}:${input.kindId}:${received.sha256}`,
          payload: { tenantId: app.tenantId, applicationId: app.id },
          tenantId: app.tenantId,
          applicationId: app.id,
        },
      ]
    : [];
  return repo.documents.add({
    tenantId: app.tenantId,
    applicationId: app.id,
    applicantId: app.applicantId,
    kindId: input.kindId,
    blob: received,
    fileName: input.fileName,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    now: input.now,
    outbox,
  });
}
