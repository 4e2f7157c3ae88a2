import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { lookup } from './lookup.ts';

/**
 * The case log may name an event by what happened ('submitted') or by the statechart event that caused it
 * ('SUBMIT'); both map to one catalog key so the history reads the same either way.
 */
const ALIASES: Record<string, string> = {
  CREATE: 'created',
  SUBMIT: 'submitted',
  START_REVIEW: 'review_started',
  'review-started': 'review_started',
  ...byEvent({
    REQUEST_DOCUMENTS: 'documents_requested',
    DOCUMENTS_PROVIDED: 'documents_provided',
    COMPLETE_REVIEW: 'review_completed',
    RECORD_SCORE: 'score_recorded',
    ADMIT: 'admitted',
    WAITLIST: 'waitlisted',
    REJECT: 'rejected',
    ISSUE_NOTICE: 'notice_issued',
    REQUEST_PAYMENT: 'payment_requested',
    RECORD_PAYMENT: 'payment_recorded',
    CONFIRM: 'confirmed',
    ARCHIVE: 'archived',
    WITHDRAW: 'withdrawn',
    REVOKE: 'revoked',
    MOVE_UP: 'moved_up',
  }),
};

// The log may also name an event by its lower-cased statechart name ('request_documents'), the case
// engine's fallback for events without a past-tense log type.
function byEvent(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).flatMap(([event, key]) => [
      [event, key],
      [event.toLowerCase(), key],
    ]),
  );
}

/** Localized label of an application event type; unknown types are shown as their code. */
export function eventTypeLabel(type: string, lang: Lang): string {
  return lookup(messagesFor(lang).events, lookup(ALIASES, type) ?? type) ?? type;
}
