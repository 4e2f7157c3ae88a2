import type { StoredDocument } from '@festplatz/case-engine';

/** A document as the applicant and staff see it (never the blob hash: downloads go through the case). */
export function documentDto(doc: StoredDocument, coversEvent: boolean | null) {
  return {
    id: doc.id,
    kindId: doc.kindId,
    fileName: doc.fileName,
    mediaType: doc.mediaType,
    size: doc.size,
    validFrom: doc.validFrom,
    validUntil: doc.validUntil,
    /** DOC-2: false = valid, but not for all days the kind demands; null = the kind has no such rule. */
    coversEvent,
    reviewStatus: doc.reviewStatus,
    reviewNote: doc.reviewNote,
    reviewedAt: doc.reviewedAt?.toISOString() ?? null,
    uploadedAt: doc.createdAt.toISOString(),
  };
}

/** One document in a response. */
export type DocumentDto = ReturnType<typeof documentDto>;
