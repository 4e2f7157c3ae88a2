import type { caseStatusDe } from './case-status-de.ts';

/** English texts of the status element and the privacy block (same keys as the German ones). */
export const caseStatusEn: { [K in keyof typeof caseStatusDe]: string } = {
  loading: 'Loading where your application stands …',
  loadFailed: 'Where your application stands could not be loaded. Please reload the page.',
  state: 'Status',
  submittedAt: 'Received on',
  nextStepTitle: 'What you need to do now',
  nextDraft: 'Your application has not been submitted yet. Complete the form and submit it by {deadline}.',
  nextDraftLink: 'Continue the application',
  nextSubmitted:
    'You do not need to do anything. We are reviewing your application and will get back to you.',
  nextDocuments: 'Please hand in these documents by {date}:',
  nextDocumentsNoDate: 'Please hand in these documents:',
  nextDocumentsHow: 'Upload them below in the section “Documents”.',
  nextReviewed: 'You do not need to do anything. The review is complete; we will decide on the pitches soon.',
  nextAdmitted: 'Your application has been admitted. You will receive the notice shortly.',
  nextNotified: 'Your application has been admitted. Please read the notice.',
  nextPayment: 'Please pay {amount} by {date}. Quote the payment reference {kassenzeichen}.',
  nextPaymentLate: 'If the payment does not arrive in time, the admission may be revoked.',
  nextPaid:
    'Your payment has arrived. You do not need to do anything; the confirmation of your participation follows.',
  nextConfirmed: 'Your participation is confirmed. We look forward to seeing you.',
  nextWaitlisted:
    'Your application is on the reserve list. If a pitch becomes free, you move up and we will let you know. Please read the notice.',
  nextRejected:
    'Your application has been rejected. Please read the notice. It gives the reasons and, in the information on legal remedies, how and by when you can challenge it.',
  nextRevoked:
    'Your admission has been revoked. Please read the notice with the information on legal remedies.',
  nextWithdrawn: 'You have withdrawn your application. You do not need to do anything else.',
  nextArchived: 'The procedure is closed. You do not need to do anything else.',
  nextOther: 'You do not need to do anything at the moment.',
  noticeIssued: 'The notice was issued on {date}.',
  consentsTitle: 'Your voluntary consents',
  consentsNone: 'You have not given any voluntary consent.',
  consentGiven: 'Given on {date} (text version {version}).',
  consentWithdrawn: 'Withdrawn on {date}.',
  withdraw: 'Withdraw consent',
  withdrawing: 'Withdrawing the consent …',
  withdrawDone: 'Your consent “{title}” is withdrawn. We no longer use your details for it.',
  withdrawFailed: 'The consent could not be withdrawn. Please try again.',
  openCase: 'Go to your application: status, documents and messages',
  openReceipt: 'Show and print the acknowledgement of receipt',
  privacyTitle: 'Data protection',
  privacyIntro:
    'Before you submit the application, please read how we handle your details (Article 13 GDPR).',
  privacyShow: 'Read the privacy information (version {version})',
  consentsLegend: 'Voluntary consents',
  consentsHint:
    'These consents are voluntary and not needed for your application. You can withdraw them at any time on the page of your application.',
};
