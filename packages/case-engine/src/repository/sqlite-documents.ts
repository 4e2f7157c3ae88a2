import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import type { GroupCommit } from '../sqlite/group-commit.ts';
import { blobs, documents } from '../sqlite/schema.ts';
import type {
  BlobRow,
  DocumentReview,
  DocumentStore,
  NewDocument,
  StoredDocument,
} from './documents-types.ts';

// Documents on SQLite (drizzle: these are not on the command hot path). Writes go through the connection's
// group committer like every command, so a document, its blob row and its outbox notice share a transaction.

const columns = {
  id: documents.id,
  tenantId: documents.tenantId,
  applicationId: documents.applicationId,
  applicantId: documents.applicantId,
  kindId: documents.kindId,
  blobSha256: documents.blobSha256,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  size: documents.size,
  validFrom: documents.validFrom,
  validUntil: documents.validUntil,
  reviewStatus: documents.reviewStatus,
  reviewNote: documents.reviewNote,
  reviewedBy: documents.reviewedBy,
  reviewedAt: documents.reviewedAt,
  createdAt: documents.createdAt,
};

function putBlob(db: FestplatzDb, blob: BlobRow, now: Date): void {
  db.orm
    .insert(blobs)
    .values({ ...blob, createdAt: now })
    .onConflictDoNothing()
    .run();
}

function add(db: FestplatzDb, doc: NewDocument): StoredDocument {
  putBlob(db, doc.blob, doc.now);
  const row = db.orm
    .insert(documents)
    .values({
      tenantId: doc.tenantId,
      applicationId: doc.applicationId,
      applicantId: doc.applicantId,
      kindId: doc.kindId,
      blobSha256: doc.blob.sha256,
      fileName: doc.fileName,
      mediaType: doc.blob.mediaType,
      size: doc.blob.size,
      validFrom: doc.validFrom,
      validUntil: doc.validUntil,
      createdAt: doc.now,
    })
    .returning(columns)
    .get();
  enqueueOutbox(db, doc.outbox ?? [], doc.now);
  return row;
}

const current = (applicationId: string, documentId: string) =>
  and(eq(documents.applicationId, applicationId), eq(documents.id, documentId), isNull(documents.removedAt));

/** The {@link DocumentStore} over an open SQLite database; writes run in `committer`'s transactions. */
export function sqliteDocumentStore(db: FestplatzDb, committer: GroupCommit): DocumentStore {
  const read = <R>(fn: () => R): Promise<R> => {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    putBlob: (blob, now) => committer.run(() => putBlob(db, blob, now)),
    add: (doc) => committer.run(() => add(db, doc)),
    list: (applicationId) =>
      read(() =>
        db.orm
          .select(columns)
          .from(documents)
          .where(and(eq(documents.applicationId, applicationId), isNull(documents.removedAt)))
          .orderBy(asc(documents.createdAt), asc(documents.id))
          .all(),
      ),
    find: (applicationId, documentId) =>
      read(
        () => db.orm.select(columns).from(documents).where(current(applicationId, documentId)).get() ?? null,
      ),
    remove: (applicationId, documentId, now, { keepAccepted }) =>
      committer.run(() => {
        const where = keepAccepted
          ? and(current(applicationId, documentId), ne(documents.reviewStatus, 'accepted'))
          : current(applicationId, documentId);
        return db.orm.update(documents).set({ removedAt: now }).where(where).run().changes > 0;
      }),
    review: (applicationId, documentId, review: DocumentReview) =>
      committer.run(
        () =>
          db.orm
            .update(documents)
            .set({
              reviewStatus: review.status,
              reviewNote: review.note,
              reviewedBy: review.reviewerId,
              reviewedAt: review.now,
            })
            .where(current(applicationId, documentId))
            .returning(columns)
            .get() ?? null,
      ),
    listByApplicant: (applicantId) =>
      read(() =>
        db.orm
          .select(columns)
          .from(documents)
          .where(and(eq(documents.applicantId, applicantId), isNull(documents.removedAt)))
          .orderBy(desc(documents.createdAt), asc(documents.id))
          .all(),
      ),
  };
}
