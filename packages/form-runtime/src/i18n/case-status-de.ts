/**
 * German texts of `<festplatz-application-status>` (where a case stands, what is expected next, consents in
 * force) and of the Art. 13 information and consents block of the form; hooked into the catalog as `caseStatus`.
 */
export const caseStatusDe = {
  loading: 'Der Stand Ihrer Bewerbung wird geladen …',
  loadFailed: 'Der Stand Ihrer Bewerbung konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  state: 'Status',
  submittedAt: 'Eingegangen am',
  nextStepTitle: 'Was Sie jetzt tun müssen',
  nextDraft:
    'Ihre Bewerbung ist noch nicht abgesendet. Füllen Sie das Formular vollständig aus und senden Sie es bis {deadline} ab.',
  nextDraftLink: 'Bewerbung fortsetzen',
  nextSubmitted: 'Sie müssen nichts tun. Wir prüfen Ihre Bewerbung und melden uns bei Ihnen.',
  nextDocuments: 'Bitte reichen Sie bis {date} diese Unterlagen nach:',
  nextDocumentsNoDate: 'Bitte reichen Sie diese Unterlagen nach:',
  nextDocumentsHow: 'Laden Sie die Unterlagen unten im Bereich „Unterlagen“ hoch.',
  nextReviewed:
    'Sie müssen nichts tun. Die Prüfung ist abgeschlossen; über die Vergabe der Plätze entscheiden wir bald.',
  nextAdmitted: 'Ihre Bewerbung wurde zugelassen. Den Bescheid erhalten Sie in Kürze.',
  nextNotified: 'Ihre Bewerbung wurde zugelassen. Bitte lesen Sie den Bescheid.',
  nextPayment:
    'Bitte zahlen Sie {amount} bis {date}. Geben Sie bei der Zahlung das Kassenzeichen {kassenzeichen} an.',
  nextPaymentLate: 'Geht die Zahlung nicht rechtzeitig ein, kann die Zulassung widerrufen werden.',
  nextPaid: 'Ihre Zahlung ist eingegangen. Sie müssen nichts tun; die Bestätigung Ihrer Teilnahme folgt.',
  nextConfirmed: 'Ihre Teilnahme ist bestätigt. Wir freuen uns auf Sie.',
  nextWaitlisted:
    'Ihre Bewerbung steht auf der Nachrückliste. Wird ein Platz frei, rücken Sie nach und wir benachrichtigen Sie. Bitte lesen Sie den Bescheid.',
  nextRejected:
    'Ihre Bewerbung wurde abgelehnt. Bitte lesen Sie den Bescheid. Er nennt die Gründe und sagt in der Rechtsbehelfsbelehrung, wie und bis wann Sie dagegen vorgehen können.',
  nextRevoked:
    'Ihre Zulassung wurde widerrufen. Bitte lesen Sie den Bescheid mit der Rechtsbehelfsbelehrung.',
  nextWithdrawn: 'Sie haben Ihre Bewerbung zurückgezogen. Sie müssen nichts mehr tun.',
  nextArchived: 'Das Verfahren ist abgeschlossen. Sie müssen nichts mehr tun.',
  nextOther: 'Sie müssen im Moment nichts tun.',
  noticeIssued: 'Der Bescheid wurde am {date} erlassen.',
  consentsTitle: 'Ihre freiwilligen Einwilligungen',
  consentsNone: 'Sie haben keine freiwillige Einwilligung erteilt.',
  consentGiven: 'Erteilt am {date} (Textfassung {version}).',
  consentWithdrawn: 'Widerrufen am {date}.',
  withdraw: 'Einwilligung widerrufen',
  withdrawing: 'Die Einwilligung wird widerrufen …',
  withdrawDone: 'Ihre Einwilligung „{title}“ ist widerrufen. Wir verwenden die Angaben dafür nicht mehr.',
  withdrawFailed: 'Die Einwilligung konnte nicht widerrufen werden. Bitte versuchen Sie es erneut.',
  openCase: 'Zu Ihrer Bewerbung: Stand, Unterlagen und Nachrichten',
  openReceipt: 'Eingangsbestätigung anzeigen und drucken',
  privacyTitle: 'Datenschutz',
  privacyIntro:
    'Bevor Sie die Bewerbung absenden, lesen Sie bitte, wie wir mit Ihren Angaben umgehen (Artikel 13 DSGVO).',
  privacyShow: 'Datenschutzhinweise lesen (Fassung {version})',
  consentsLegend: 'Freiwillige Einwilligungen',
  consentsHint:
    'Diese Einwilligungen sind freiwillig und für Ihre Bewerbung nicht nötig. Sie können sie jederzeit auf der Seite Ihrer Bewerbung widerrufen.',
};
