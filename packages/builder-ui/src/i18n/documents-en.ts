import type { documentsDe } from './documents-de.ts';

/** English texts of the staff view of a case's documents; the same keys as the German ones. */
export const documentsEn: {
  [K in keyof typeof documentsDe]: (typeof documentsDe)[K] extends string ? string : (typeof documentsDe)[K];
} = {
  heading: 'Documents',
  loading: 'Loading the documents …',
  none: 'There are no documents for this application.',
  missing: 'Not handed in yet',
  files: (title) => `Files for “${title}”`,
  download: (name) => `Download ${name}`,
  statusPending: 'In review',
  statusAccepted: 'Accepted',
  statusRejected: 'Rejected',
  validUntil: (day) => `valid until ${day}`,
  validUnlimited: 'no expiry date',
  notCovering: (from, until) =>
    `Warning: the validity does not cover the required period ${from} to ${until}.`,
  notCoveringNoPeriod: 'Warning: the validity does not cover all required days.',
  rejectedNote: (note) => `Reason: ${note}`,
  accept: 'Accept',
  reject: 'Reject',
  noteLabel: 'Reason for the rejection',
  noteHint: 'The applicant sees this text and so knows what to hand in again.',
  noteRequired: 'Please give a reason.',
  saveRejection: 'Save rejection',
  cancel: 'Cancel',
  working: 'Saving …',
  accepted: (name) => `${name} was accepted.`,
  rejected: (name) => `${name} was rejected.`,
};
