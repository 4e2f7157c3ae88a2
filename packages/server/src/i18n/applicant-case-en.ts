import type { applicantCaseDe } from './applicant-case-de.ts';

/** English texts of the case page, the receipt and the consent withdrawal (same shape as the German ones). */
export const applicantCaseEn: typeof applicantCaseDe = {
  pageTitle: (edition) => `Your application: ${edition}`,
  heading: (edition) => `Your application for ${edition}`,
  caseNumber: 'Application number',
  statusHeading: 'Where your application stands',
  documentsHeading: 'Documents',
  messagesHeading: 'Messages to the office',
  receiptHeading: 'Acknowledgement of receipt',
  receiptIntro:
    'The acknowledgement of receipt proves when your application arrived and which details you submitted.',
  showReceipt: 'Show acknowledgement of receipt',
  downloadReceipt: 'Download acknowledgement of receipt as PDF',
  noReceiptYet: 'You get an acknowledgement of receipt as soon as you have submitted the application.',
  openCase: (edition) => `Open application for ${edition}`,
  backToOverview: 'Back to the overview',
  notFoundTitle: 'Application not found',
  notFoundText:
    'This application does not exist or belongs to another account. You find your own applications on the start page.',
  receipt: {
    title: 'Acknowledgement of receipt',
    intro: (edition) => `We have received your application for ${edition}.`,
    edition: 'Event',
    applicant: 'Name',
    company: 'Company',
    caseNumber: 'Application number',
    receivedAt: 'Received on (German time)',
    receivedAtUtc: 'Time of receipt (UTC, ISO 8601)',
    dataHash: 'Checksum of your details (SHA-256)',
    hashExplanation:
      'The checksum proves which details you submitted: if even one character changes, the checksum changes.',
    deadlineNote: 'For the application deadline, the time your application reached our server counts.',
    privacyHeading: 'Data protection',
    privacyNotice: 'Version of the privacy information read (Article 13 GDPR)',
    privacyNoticeMissing: 'not recorded',
    consentsHeading: 'Your voluntary consents at submission',
    noConsents: 'You did not give any voluntary consent.',
    consentLine: (p) => `${p.title} (text version ${p.version})`,
    withdrawHint: 'You can withdraw a consent at any time on the page of your application.',
    printHint: "To print, use your browser's print function.",
    downloadPdf: 'Download as PDF',
    backToCase: 'Back to your application',
    fileName: (id) => `Acknowledgement-of-receipt-${id}.pdf`,
    pdfSubject: 'Acknowledgement of receipt of an application',
  },
};
