/**
 * German texts of the applicant's case page, the receipt (Eingangsbestätigung, page and PDF) and the consent
 * withdrawal; hooked into the catalog as `applicantCase`. The English file must have the same shape.
 */
export const applicantCaseDe = {
  pageTitle: (edition: string) => `Ihre Bewerbung: ${edition}`,
  heading: (edition: string) => `Ihre Bewerbung für ${edition}`,
  caseNumber: 'Bewerbungsnummer',
  statusHeading: 'Stand Ihrer Bewerbung',
  documentsHeading: 'Unterlagen',
  messagesHeading: 'Nachrichten an das Büro',
  receiptHeading: 'Eingangsbestätigung',
  receiptIntro:
    'Die Eingangsbestätigung belegt, wann Ihre Bewerbung eingegangen ist und welche Angaben Sie eingereicht haben.',
  showReceipt: 'Eingangsbestätigung anzeigen',
  downloadReceipt: 'Eingangsbestätigung als PDF herunterladen',
  noReceiptYet: 'Eine Eingangsbestätigung erhalten Sie, sobald Sie die Bewerbung abgesendet haben.',
  openCase: (edition: string) => `Bewerbung für ${edition} öffnen`,
  backToOverview: 'Zurück zur Übersicht',
  notFoundTitle: 'Bewerbung nicht gefunden',
  notFoundText:
    'Diese Bewerbung gibt es nicht, oder sie gehört zu einem anderen Konto. Ihre eigenen Bewerbungen finden Sie auf der Startseite.',
  receipt: {
    title: 'Eingangsbestätigung',
    intro: (edition: string) => `Ihre Bewerbung für ${edition} ist bei uns eingegangen.`,
    edition: 'Veranstaltung',
    applicant: 'Name',
    company: 'Firma',
    caseNumber: 'Bewerbungsnummer',
    receivedAt: 'Eingegangen am (deutsche Zeit)',
    receivedAtUtc: 'Eingangszeitpunkt (UTC, ISO 8601)',
    dataHash: 'Prüfsumme Ihrer Angaben (SHA-256)',
    hashExplanation:
      'Die Prüfsumme belegt, welche Angaben Sie eingereicht haben: Ändert sich auch nur ein Zeichen, ändert sich die Prüfsumme.',
    deadlineNote:
      'Für die Bewerbungsfrist zählt der Zeitpunkt, zu dem Ihre Bewerbung auf unserem Server eingegangen ist.',
    privacyHeading: 'Datenschutz',
    privacyNotice: 'Gelesene Fassung der Datenschutzhinweise (Artikel 13 DSGVO)',
    privacyNoticeMissing: 'nicht erfasst',
    consentsHeading: 'Ihre freiwilligen Einwilligungen bei der Abgabe',
    noConsents: 'Sie haben keine freiwillige Einwilligung erteilt.',
    consentLine: (p: { title: string; version: string }) => `${p.title} (Textfassung ${p.version})`,
    withdrawHint: 'Eine Einwilligung können Sie jederzeit auf der Seite Ihrer Bewerbung widerrufen.',
    printHint: 'Zum Ausdrucken nutzen Sie die Druckfunktion Ihres Browsers.',
    downloadPdf: 'Als PDF herunterladen',
    backToCase: 'Zurück zu Ihrer Bewerbung',
    fileName: (id: string) => `Eingangsbestaetigung-${id}.pdf`,
    pdfSubject: 'Eingangsbestätigung einer Bewerbung',
  },
};
