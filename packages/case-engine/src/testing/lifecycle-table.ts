// Test-only: the transition table of event-application@2 written out by hand from ARCHITECTURE.md's
// lifecycle paragraph (and packages/core/lifecycles/README.md), NOT derived from the chart, so the
// must-show-1 tests compare two independent descriptions and can fail.

/** A lifecycle option of the template. */
export type OptionName = 'payment' | 'waitlist' | 'documentReview';

/** One expected transition; `requires` options must be on, `unless` options must be off. */
export interface ExpectedTransition {
  from: string;
  event: string;
  to: string;
  requires?: OptionName[];
  unless?: OptionName[];
  /** The guard, only when these options are on (COMPLETE_REVIEW is guarded only with document review). */
  guard?: { name: string; when?: OptionName[] };
  /** Actions with every option on; moveUpFromWaitlist disappears when the reserve list is off. */
  actions?: string[];
}

const notify = ['notifyApplicant'];
const notifyAndMoveUp = ['notifyApplicant', 'moveUpFromWaitlist'];

/** The full table (all options on, plus the payment-off replacement). */
export const EXPECTED_TRANSITIONS: readonly ExpectedTransition[] = [
  {
    from: 'draft',
    event: 'SUBMIT',
    to: 'submitted',
    guard: { name: 'beforeDeadline' },
    actions: ['sendReceipt'],
  },
  { from: 'draft', event: 'WITHDRAW', to: 'withdrawn' },
  { from: 'submitted', event: 'START_REVIEW', to: 'in_review' },
  { from: 'submitted', event: 'WITHDRAW', to: 'withdrawn', actions: notify },
  { from: 'in_review', event: 'RECORD_SCORE', to: 'in_review' },
  {
    from: 'in_review',
    event: 'REQUEST_DOCUMENTS',
    to: 'documents_requested',
    requires: ['documentReview'],
    actions: notify,
  },
  {
    from: 'in_review',
    event: 'COMPLETE_REVIEW',
    to: 'reviewed',
    guard: { name: 'requiredDocumentsAccepted', when: ['documentReview'] },
  },
  { from: 'in_review', event: 'REJECT', to: 'rejected' },
  { from: 'in_review', event: 'WITHDRAW', to: 'withdrawn', actions: notify },
  { from: 'documents_requested', event: 'DOCUMENTS_PROVIDED', to: 'in_review', requires: ['documentReview'] },
  { from: 'documents_requested', event: 'REJECT', to: 'rejected', requires: ['documentReview'] },
  {
    from: 'documents_requested',
    event: 'WITHDRAW',
    to: 'withdrawn',
    requires: ['documentReview'],
    actions: notify,
  },
  { from: 'reviewed', event: 'RECORD_SCORE', to: 'reviewed' },
  { from: 'reviewed', event: 'ADMIT', to: 'admitted' },
  { from: 'reviewed', event: 'WAITLIST', to: 'waitlisted', requires: ['waitlist'] },
  { from: 'reviewed', event: 'REJECT', to: 'rejected' },
  { from: 'reviewed', event: 'WITHDRAW', to: 'withdrawn', actions: notify },
  { from: 'admitted', event: 'ISSUE_NOTICE', to: 'notified', actions: ['issueNotice'] },
  { from: 'admitted', event: 'WITHDRAW', to: 'withdrawn', actions: notifyAndMoveUp },
  {
    from: 'waitlisted',
    event: 'ISSUE_NOTICE',
    to: 'waitlisted',
    requires: ['waitlist'],
    actions: ['issueNotice'],
  },
  { from: 'waitlisted', event: 'MOVE_UP', to: 'admitted', requires: ['waitlist'] },
  { from: 'waitlisted', event: 'WITHDRAW', to: 'withdrawn', requires: ['waitlist'], actions: notify },
  { from: 'waitlisted', event: 'ARCHIVE', to: 'archived', requires: ['waitlist'] },
  { from: 'rejected', event: 'ISSUE_NOTICE', to: 'rejected', actions: ['issueNotice'] },
  { from: 'rejected', event: 'ARCHIVE', to: 'archived' },
  {
    from: 'notified',
    event: 'REQUEST_PAYMENT',
    to: 'payment_pending',
    requires: ['payment'],
    actions: ['requestPayment'],
  },
  { from: 'notified', event: 'CONFIRM', to: 'confirmed', unless: ['payment'], actions: notify },
  { from: 'notified', event: 'WITHDRAW', to: 'withdrawn', actions: notifyAndMoveUp },
  { from: 'payment_pending', event: 'RECORD_PAYMENT', to: 'paid', requires: ['payment'] },
  {
    from: 'payment_pending',
    event: 'REVOKE',
    to: 'revoked',
    requires: ['payment'],
    guard: { name: 'paymentOverdue' },
    actions: ['issueNotice', 'moveUpFromWaitlist'],
  },
  {
    from: 'payment_pending',
    event: 'WITHDRAW',
    to: 'withdrawn',
    requires: ['payment'],
    actions: notifyAndMoveUp,
  },
  { from: 'paid', event: 'CONFIRM', to: 'confirmed', requires: ['payment'], actions: notify },
  { from: 'paid', event: 'WITHDRAW', to: 'withdrawn', requires: ['payment'], actions: notifyAndMoveUp },
  { from: 'confirmed', event: 'ARCHIVE', to: 'archived' },
  { from: 'withdrawn', event: 'ARCHIVE', to: 'archived' },
  { from: 'revoked', event: 'ARCHIVE', to: 'archived', requires: ['payment'] },
];

/** Every state with the options it needs. */
export const EXPECTED_STATES: Readonly<Record<string, OptionName[]>> = {
  draft: [],
  submitted: [],
  in_review: [],
  documents_requested: ['documentReview'],
  reviewed: [],
  admitted: [],
  waitlisted: ['waitlist'],
  rejected: [],
  notified: [],
  payment_pending: ['payment'],
  paid: ['payment'],
  confirmed: [],
  archived: [],
  withdrawn: [],
  revoked: ['payment'],
};

/** Every event of the template. */
export const ALL_EVENTS = [
  'SUBMIT',
  'START_REVIEW',
  'RECORD_SCORE',
  'REQUEST_DOCUMENTS',
  'DOCUMENTS_PROVIDED',
  'COMPLETE_REVIEW',
  'ADMIT',
  'WAITLIST',
  'REJECT',
  'ISSUE_NOTICE',
  'REQUEST_PAYMENT',
  'RECORD_PAYMENT',
  'CONFIRM',
  'ARCHIVE',
  'WITHDRAW',
  'REVOKE',
  'MOVE_UP',
] as const;

/** An option set: which of the three parts are on. */
export type OptionSet = Record<OptionName, boolean>;

/** The eight option sets. */
export const OPTION_SETS: readonly OptionSet[] = [false, true].flatMap((payment) =>
  [false, true].flatMap((waitlist) =>
    [false, true].map((documentReview) => ({ payment, waitlist, documentReview })),
  ),
);

/** The rows that apply under an option set, with guards and actions resolved for it. */
export function expectedFor(options: OptionSet): ExpectedTransition[] {
  const on = (names: OptionName[] = []) => names.every((name) => options[name]);
  const off = (names: OptionName[] = []) => names.every((name) => !options[name]);
  return EXPECTED_TRANSITIONS.filter((row) => on(row.requires) && off(row.unless)).map((row) => ({
    ...row,
    guard: row.guard && on(row.guard.when) ? row.guard : undefined,
    actions: (row.actions ?? []).filter((action) => options.waitlist || action !== 'moveUpFromWaitlist'),
  }));
}

/** The states that exist under an option set. */
export function statesFor(options: OptionSet): string[] {
  return Object.entries(EXPECTED_STATES)
    .filter(([, needs]) => needs.every((name) => options[name]))
    .map(([state]) => state);
}
