import type { Lang } from '../localize.ts';

// One wording of the case states for every surface (applicant pages, mails, the back office), so a showman
// and the clerk on the phone name a state the same way. Keys are the states of the event-application
// lifecycle templates; states of other charts fall back to their name where these labels are read.
const de = {
  draft: 'Entwurf',
  submitted: 'Eingereicht',
  in_review: 'In Prüfung',
  documents_requested: 'Unterlagen nachgefordert',
  reviewed: 'Geprüft',
  admitted: 'Zugelassen',
  waitlisted: 'Auf der Nachrückliste',
  rejected: 'Abgelehnt',
  notified: 'Bescheid erteilt',
  payment_pending: 'Zahlung offen',
  paid: 'Bezahlt',
  confirmed: 'Teilnahme bestätigt',
  archived: 'Archiviert',
  withdrawn: 'Zurückgezogen',
  revoked: 'Zulassung widerrufen',
};

const en: Record<keyof typeof de, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  documents_requested: 'Documents requested',
  reviewed: 'Reviewed',
  admitted: 'Admitted',
  waitlisted: 'On the reserve list',
  rejected: 'Rejected',
  notified: 'Notice issued',
  payment_pending: 'Payment outstanding',
  paid: 'Paid',
  confirmed: 'Participation confirmed',
  archived: 'Archived',
  withdrawn: 'Withdrawn',
  revoked: 'Admission revoked',
};

/** Labels of the lifecycle states in German and English. */
export const LIFECYCLE_STATE_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { de, en };
