import type { CaseDocument, DocumentKindView } from '../../api/documents.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Messages } from '../../i18n/messages.ts';

/** "PDF, JPEG, PNG" for a kind's accepted media types. */
export function typeNames(mediaTypes: readonly string[]): string {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
  };
  return mediaTypes.map((t) => names[t] ?? t).join(', ');
}

/** A calendar day (YYYY-MM-DD) as people write it: "31. Oktober 2026" / "31 October 2026". */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The status word of a document's review. */
export function reviewLabel(status: CaseDocument['reviewStatus'], t: Messages['documents']): string {
  return { pending: t.statusPending, accepted: t.statusAccepted, rejected: t.statusRejected }[status];
}

/**
 * Where a kind stands as a whole: accepted when any file is, else in review when any is pending, else rejected
 * when the files were rejected, else missing.
 */
export function kindStatus(kind: DocumentKindView): 'missing' | CaseDocument['reviewStatus'] {
  const statuses = new Set(kind.documents.map((d) => d.reviewStatus));
  for (const status of ['accepted', 'pending', 'rejected'] as const) if (statuses.has(status)) return status;
  return 'missing';
}

/** The kind's overall status word. */
export function kindStatusLabel(kind: DocumentKindView, t: Messages['documents']): string {
  const status = kindStatus(kind);
  return status === 'missing' ? t.statusMissing : reviewLabel(status, t);
}
