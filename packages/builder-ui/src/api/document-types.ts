/**
 * One document of a case as the staff API lists it (server: api/document-dto.ts), reduced to what the staff view
 * shows; the server sends more (media type, size, upload time).
 */
export interface AdminCaseDocument {
  id: string;
  fileName: string;
  validUntil: string | null;
  /** DOC-2: false = valid, but not for all days the kind demands; null = the kind has no such rule. */
  coversEvent: boolean | null;
  reviewStatus: 'pending' | 'accepted' | 'rejected';
  reviewNote: string | null;
}

/** A kind of document the case takes, with its files (server: api/document-overview.ts). */
export interface AdminDocumentKind {
  id: string;
  title: string;
  validity: { required: boolean; mustCover: { from: string; until: string } | null } | null;
  documents: AdminCaseDocument[];
}

/** `GET /api/v1/admin/applications/:id/documents`. */
export interface AdminDocumentOverview {
  applicationId: string;
  kinds: AdminDocumentKind[];
}
