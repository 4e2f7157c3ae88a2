/**
 * The guard and action names the case engine implements; a bundle may only name these in
 * `lifecycle.guards` / `lifecycle.actions` (pass another list to parseEventType for a different engine).
 */
export const LIFECYCLE_VOCABULARY = {
  guards: [
    /** The application period of the edition is still open (DATE-1). */
    'beforeDeadline',
    /** Every document the application requires has been accepted by staff (DOC-1..8). */
    'requiredDocumentsAccepted',
    /** The payment due date of the edition has passed without payment. */
    'paymentOverdue',
  ],
  actions: [
    /** Issues the notice (admission, rejection) with its Rechtsbehelfsbelehrung (BES-1, BES-2). */
    'issueNotice',
    /** Confirms receipt of the application to the applicant. */
    'sendReceipt',
    /** Sends the fee notice and asks for payment. */
    'requestPayment',
    /** Sends a message to the applicant. */
    'notifyApplicant',
    /** Admits the next business from the reserve list when a place becomes free (SEL-12). */
    'moveUpFromWaitlist',
  ],
} as const;

/** Names a lifecycle may use, by kind. */
export interface LifecycleVocabulary {
  guards: readonly string[];
  actions: readonly string[];
}
