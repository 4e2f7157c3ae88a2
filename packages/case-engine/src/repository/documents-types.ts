import type { NewOutboxMessage } from '../outbox/types.ts';

/** Where a document stands in the office's review (DOC-8: the applicant sees it). */
export type DocumentReviewStatus = 'pending' | 'accepted' | 'rejected';

/** The review statuses, for checking input. */
export const DOCUMENT_REVIEW_STATUSES: readonly DocumentReviewStatus[] = ['pending', 'accepted', 'rejected'];

/** A blob row: content stored under its SHA-256, typed by its magic bytes (SEC-2). */
export interface BlobRow {
  sha256: string;
  mediaType: string;
  size: number;
}

/** A document as stored (removed ones are kept for the case file but not listed). */
export interface StoredDocument {
  id: string;
  tenantId: string;
  applicationId: string;
  applicantId: string;
  /** The document kind's id in the case's bundle. */
  kindId: string;
  blobSha256: string;
  /** The applicant's file name: shown, never used to store or type the file. */
  fileName: string;
  mediaType: string;
  size: number;
  /** YYYY-MM-DD as the applicant states them; null when not stated. */
  validFrom: string | null;
  validUntil: string | null;
  reviewStatus: DocumentReviewStatus;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

/** A document to add; its blob row is written with it (idempotent) and `outbox` in the same transaction. */
export interface NewDocument {
  tenantId: string;
  applicationId: string;
  applicantId: string;
  kindId: string;
  blob: BlobRow;
  fileName: string;
  validFrom: string | null;
  validUntil: string | null;
  now: Date;
  /** E.g. the notice to staff that a requested document arrived; stored dedupe keys are skipped. */
  outbox?: readonly NewOutboxMessage[];
}

/** A reviewer's verdict on one document. */
export interface DocumentReview {
  status: DocumentReviewStatus;
  note: string | null;
  reviewerId: string;
  now: Date;
}

/**
 * Storage of uploaded documents (DOC-1..8). Callers scope by case: every method takes the application id the
 * caller has already found in the applicant's or the staff member's reach, and never crosses it.
 */
export interface DocumentStore {
  /** Records a blob (same hash again: no-op). */
  putBlob(blob: BlobRow, now: Date): Promise<void>;
  /** Adds a document (and its blob row and outbox messages) in one transaction. */
  add(document: NewDocument): Promise<StoredDocument>;
  /** The case's documents not removed, oldest first. */
  list(applicationId: string): Promise<StoredDocument[]>;
  /** One document of the case, unless removed; null otherwise. */
  find(applicationId: string, documentId: string): Promise<StoredDocument | null>;
  /**
   * Marks a document removed (kept for the case file). With `keepAccepted`, an accepted document stays (the
   * check and the change are one statement, so a review in between cannot be lost). False: nothing removed.
   */
  remove(
    applicationId: string,
    documentId: string,
    now: Date,
    options: { keepAccepted: boolean },
  ): Promise<boolean>;
  /** Records a review on a document not removed; null when there is none. */
  review(applicationId: string, documentId: string, review: DocumentReview): Promise<StoredDocument | null>;
  /** Every document of the applicant across cases, not removed, newest first ("apply again" offers them). */
  listByApplicant(applicantId: string): Promise<StoredDocument[]>;
}
