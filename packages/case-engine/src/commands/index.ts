// The staff (and applicant) commands on a case, one file each; every one goes through sendEvent, so the
// lifecycle decides and the payload lands in the log.

export { type AdmitCommand, admit } from './admit.ts';
export { archive } from './archive.ts';
export { type CompleteReviewCommand, completeReview } from './complete-review.ts';
export { confirm } from './confirm.ts';
export { type DocumentRequest, documentRequests } from './document-requests.ts';
export type { DocumentStatus } from './document-status.ts';
export { type DocumentsProvidedCommand, documentsProvided } from './documents-provided.ts';
export { issueNotice } from './issue-notice.ts';
export { type MoveUpCommand, moveUp } from './move-up.ts';
export { type RecordPaymentCommand, recordPayment } from './record-payment.ts';
export { type RecordScoreCommand, recordScore } from './record-score.ts';
export { REJECTION_GROUNDS, type RejectCommand, type RejectionGround, reject } from './reject.ts';
export { type RequestDocumentsCommand, requestDocuments } from './request-documents.ts';
export { type RequestPaymentCommand, requestPayment } from './request-payment.ts';
export { revoke } from './revoke.ts';
export { type WaitlistCommand, waitlist } from './waitlist.ts';
export {
  type ApplicantWithdrawCommand,
  type WithdrawCommand,
  withdraw,
  withdrawByApplicant,
} from './withdraw.ts';
