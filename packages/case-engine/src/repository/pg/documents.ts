import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { FestplatzPgDb, PgQueries } from '../../pg/db.ts';
import { blobs, documents } from '../../pg/schema.ts';
import type { BlobRow, DocumentStore, StoredDocument } from '../documents-types.ts';
import { insertOutbox } from './outbox.ts';

// Documents on PostgreSQL, mirroring sqlite-documents.ts (ties in time ordered by id bytewise, as SQLite does).

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

const byId = sql`${documents.id} COLLATE "C"`;

async function putBlob(q: PgQueries, blob: BlobRow, now: Date): Promise<void> {
  await q
    .insert(blobs)
    .values({ ...blob, createdAt: now })
    .onConflictDoNothing();
}

const current = (applicationId: string, documentId: string) =>
  and(eq(documents.applicationId, applicationId), eq(documents.id, documentId), isNull(documents.removedAt));

/** The {@link DocumentStore} over an open PostgreSQL database. */
export function pgDocumentStore(db: FestplatzPgDb): DocumentStore {
  return {
    putBlob: (blob, now) => putBlob(db.orm, blob, now),
    add: (doc) =>
      db.orm.transaction(async (tx): Promise<StoredDocument> => {
        await putBlob(tx, doc.blob, doc.now);
        const [row] = await tx
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
          .returning(columns);
        if (!row) throw new Error('documents.add: INSERT returned no row');
        await insertOutbox(tx, doc.outbox ?? [], doc.now);
        return row;
      }),
    list: (applicationId) =>
      db.orm
        .select(columns)
        .from(documents)
        .where(and(eq(documents.applicationId, applicationId), isNull(documents.removedAt)))
        .orderBy(asc(documents.createdAt), asc(byId)),
    async find(applicationId, documentId) {
      const [row] = await db.orm.select(columns).from(documents).where(current(applicationId, documentId));
      return row ?? null;
    },
    async remove(applicationId, documentId, now, { keepAccepted }) {
      const where = keepAccepted
        ? and(current(applicationId, documentId), ne(documents.reviewStatus, 'accepted'))
        : current(applicationId, documentId);
      const rows = await db.orm
        .update(documents)
        .set({ removedAt: now })
        .where(where)
        .returning({ id: documents.id });
      return rows.length > 0;
    },
    async review(applicationId, documentId, review) {
      const [row] = await db.orm
        .update(documents)
        .set({
          reviewStatus: review.status,
          reviewNote: review.note,
          reviewedBy: review.reviewerId,
          reviewedAt: review.now,
        })
        .where(current(applicationId, documentId))
        .returning(columns);
      return row ?? null;
    },
    listByApplicant: (applicantId) =>
      db.orm
        .select(columns)
        .from(documents)
        .where(and(eq(documents.applicantId, applicantId), isNull(documents.removedAt)))
        .orderBy(desc(documents.createdAt), asc(byId)),
  };
}
