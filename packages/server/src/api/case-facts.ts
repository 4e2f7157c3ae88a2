import type { ApplicationEvent } from '@festplatz/case-engine';

// Facts an applicant may see, read from the payloads of a case's log. Only the named fields are taken, so
// staff-only content of other entries (scores, justifications, internal notes) never reaches the applicant.

type Payload = Record<string, unknown>;

function payloadOf(entry: ApplicationEvent): Payload {
  return typeof entry.payload === 'object' && entry.payload !== null ? (entry.payload as Payload) : {};
}

/** The newest log entry made by a lifecycle event, or undefined. */
export function lastEntryOf(log: readonly ApplicationEvent[], event: string): ApplicationEvent | undefined {
  return log.findLast((entry) => payloadOf(entry).event === event);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What SUBMIT recorded: the content hash (DATE-1) and the privacy circumstances (DS-1, DS-2). */
export interface SubmittedFacts {
  at: Date;
  dataHash: string;
  privacyNoticeVersion: string | null;
  consents: { id: string; textVersion: string }[];
}

/** The facts of the 'submitted' entry; null while the case is a draft. */
export function submittedFacts(log: readonly ApplicationEvent[]): SubmittedFacts | null {
  const entry = lastEntryOf(log, 'SUBMIT');
  if (!entry) return null;
  const p = payloadOf(entry);
  const consents = Array.isArray(p.consents) ? p.consents : [];
  return {
    at: entry.at,
    dataHash: text(p.dataHash) ?? '',
    privacyNoticeVersion: text(p.privacyNoticeVersion),
    consents: consents.flatMap((c: unknown) => {
      const { id, textVersion } = (c ?? {}) as Payload;
      return typeof id === 'string' && typeof textVersion === 'string' ? [{ id, textVersion }] : [];
    }),
  };
}

/** The newest document request: which documents, by when (DOC-8). */
export function documentRequest(
  log: readonly ApplicationEvent[],
): { ids: string[]; dueAt: string | null } | null {
  const entry = lastEntryOf(log, 'REQUEST_DOCUMENTS');
  if (!entry) return null;
  const p = payloadOf(entry);
  const ids = Array.isArray(p.documents) ? p.documents.filter((d): d is string => typeof d === 'string') : [];
  return { ids, dueAt: text(p.dueAt) };
}

/** The newest payment request: amount in cents, due date, Kassenzeichen (FEE-3). */
export function paymentRequest(
  log: readonly ApplicationEvent[],
): { amountCents: number; dueAt: string | null; kassenzeichen: string | null } | null {
  const entry = lastEntryOf(log, 'REQUEST_PAYMENT');
  if (!entry) return null;
  const p = payloadOf(entry);
  if (typeof p.amountCents !== 'number') return null;
  return { amountCents: p.amountCents, dueAt: text(p.dueAt), kassenzeichen: text(p.kassenzeichen) };
}

/** The newest notice issued: its kind (admission, waitlist, rejection, ...) and when. */
export function issuedNotice(
  log: readonly ApplicationEvent[],
): { kind: string | null; issuedAt: string } | null {
  const entry = lastEntryOf(log, 'ISSUE_NOTICE');
  if (!entry) return null;
  return { kind: text(payloadOf(entry).notice), issuedAt: entry.at.toISOString() };
}
