import type { AdminCaseDocument, AdminDocumentKind } from '../api/document-types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatCalendarDate } from './date.ts';

/** What staff read about one document: review status, validity, and a warning when it does not cover (DOC-2). */
export interface DocumentFacts {
  status: string;
  validity: string | null;
  warning: string | null;
  note: string | null;
}

const day = (value: string, lang: Lang) => formatCalendarDate(value, lang) ?? value;

/** The texts of a document in the staff case view. */
export function documentFacts(
  kind: AdminDocumentKind,
  doc: AdminCaseDocument,
  t: Messages,
  lang: Lang,
): DocumentFacts {
  const d = t.documents;
  const status = { pending: d.statusPending, accepted: d.statusAccepted, rejected: d.statusRejected }[
    doc.reviewStatus
  ];
  const validity = kind.validity
    ? doc.validUntil
      ? d.validUntil(day(doc.validUntil, lang))
      : d.validUnlimited
    : null;
  const cover = kind.validity?.mustCover;
  const warning =
    doc.coversEvent === false
      ? cover
        ? d.notCovering(day(cover.from, lang), day(cover.until, lang))
        : d.notCoveringNoPeriod
      : null;
  const note = doc.reviewStatus === 'rejected' && doc.reviewNote ? d.rejectedNote(doc.reviewNote) : null;
  return { status, validity, warning, note };
}
