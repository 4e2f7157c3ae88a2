// The default guards: pure functions of the event's params. Each fails closed: a missing or unreadable
// input means "no", so a command that forgot to pass `now` cannot slip through.

import type { LifecycleGuard } from './registry.ts';

function instant(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * DATE-1: SUBMIT carries `now` (server clock) and `closes` (start of the edition's closing second, as
 * core's applicationPeriodOf gives it); that whole second still counts, the next one is late.
 */
export const beforeDeadline: LifecycleGuard = ({ event }) => {
  const now = instant(event.now);
  const closes = instant(event.closes);
  return now !== null && closes !== null && now < closes + 1000;
};

/** REVOKE carries `now` and `paymentDue` (from the payment request); allowed once the due instant has passed. */
export const paymentOverdue: LifecycleGuard = ({ event }) => {
  const now = instant(event.now);
  const due = instant(event.paymentDue);
  return now !== null && due !== null && now > due;
};

/**
 * DOC-8: COMPLETE_REVIEW carries `documents`, the review status of every required document; allowed when
 * each one is `accepted` (an empty list: the bundle requires none for this application).
 */
export const requiredDocumentsAccepted: LifecycleGuard = ({ event }) => {
  const documents = event.documents;
  return Array.isArray(documents) && documents.every((document) => statusOf(document) === 'accepted');
};

function statusOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null ? (document as { status?: unknown }).status : null;
}
