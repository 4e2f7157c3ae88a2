import type { ErrorCode } from '@festplatz/core';
import { LIFECYCLE_STATE_LABELS } from '@festplatz/core';
import type { ProblemReason } from '../errors/reasons.ts';
import { applicantCaseDe } from './applicant-case-de.ts';
import { messageMailDe } from './message-mail-de.ts';
import { oidcDe } from './oidc-de.ts';

/** Parameters interpolated into problem details (the public extension members of the problem). */
type P = Record<string, unknown>;

/** German catalog: the default language and the source of the catalog's shape (en must match it). */
export const de = {
  problems: {
    VALIDATION_FAILED: {
      title: 'Angaben unvollständig oder fehlerhaft',
      detail: (p: P) =>
        `Bitte prüfen Sie Ihre Angaben: ${p.count === 1 ? '1 Feld ist' : `${p.count} Felder sind`} nicht korrekt ausgefüllt.`,
    },
    UNAUTHENTICATED: {
      title: 'Anmeldung erforderlich',
      detail: (_: P) => 'Bitte melden Sie sich an.',
    },
    FORBIDDEN: {
      title: 'Kein Zugriff',
      detail: (_: P) => 'Sie haben keine Berechtigung für diese Aktion.',
    },
    NOT_FOUND: {
      title: 'Nicht gefunden',
      detail: (_: P) => 'Der angefragte Eintrag existiert nicht oder ist für Sie nicht sichtbar.',
    },
    BAD_REQUEST: {
      title: 'Ungültige Anfrage',
      detail: (_: P) => 'Die Anfrage konnte nicht verarbeitet werden.',
    },
    APPLICATION_PERIOD_CLOSED: {
      title: 'Bewerbungsfrist abgelaufen',
      detail: (p: P) =>
        p.closesText
          ? `Die Bewerbungsfrist ist am ${p.closesText} abgelaufen. Eine Bewerbung ist nicht mehr möglich.`
          : 'Die Bewerbungsfrist ist abgelaufen oder hat noch nicht begonnen.',
    },
    TRANSITION_NOT_ALLOWED: {
      title: 'Schritt nicht möglich',
      detail: (p: P) => `Dieser Schritt ist im Status „${p.state}“ nicht möglich.`,
    },
    CONFLICT: {
      title: 'Konflikt',
      detail: (_: P) => 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu.',
    },
    MAIL_UNAVAILABLE: {
      title: 'E-Mail derzeit nicht möglich',
      detail: (_: P) =>
        'Wir konnten Ihnen gerade keine E-Mail schicken. Bitte versuchen Sie es in einigen Minuten erneut. Ihre Angaben sind nicht verloren.',
    },
    RATE_LIMITED: {
      title: 'Zu viele Anfragen',
      detail: (p: P) =>
        p.retryAfterMinutes
          ? `Es kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in ${p.retryAfterMinutes === 1 ? '1 Minute' : `${p.retryAfterMinutes} Minuten`} erneut.`
          : 'Es kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es später erneut.',
    },
    PAYLOAD_TOO_LARGE: {
      title: 'Datei zu groß',
      detail: (p: P) =>
        p.scope === 'application'
          ? `Alle Unterlagen dieser Bewerbung zusammen dürfen höchstens ${p.limitMb} MB groß sein. Bitte entfernen Sie nicht mehr benötigte Dateien oder verkleinern Sie diese Datei.`
          : `Die Datei ist zu groß. Erlaubt sind höchstens ${p.limitMb} MB. Bitte verkleinern Sie die Datei, zum Beispiel durch einen Scan mit geringerer Auflösung.`,
    },
    UNSUPPORTED_FILE_TYPE: {
      title: 'Dateityp nicht erlaubt',
      detail: (p: P) =>
        `Diese Datei hat keinen erlaubten Dateityp. Erlaubt sind hier: ${p.allowed}. Wir erkennen den Typ am Inhalt der Datei, nicht an ihrem Namen.`,
    },
    INTERNAL: {
      title: 'Interner Fehler',
      detail: (_: P) => 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    },
  } satisfies Record<ErrorCode, { title: string; detail: (p: P) => string }>,
  reasons: {
    MALFORMED_JSON: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    UNSUPPORTED_MEDIA_TYPE: 'Bitte senden Sie die Daten als JSON (Content-Type: application/json).',
    INVALID_BODY: 'Der Inhalt der Anfrage hat nicht die erwartete Form.',
    UNKNOWN_EVENT_TYPE: 'Diesen Bearbeitungsschritt gibt es nicht.',
    ROUTE_NOT_FOUND: 'Diese Adresse gibt es nicht.',
    CSRF_REJECTED: 'Das Formular wurde von einer fremden Seite abgeschickt und daher abgelehnt.',
    STAFF_ONLY: 'Dieser Bereich ist nur für Mitarbeitende der Verwaltung.',
    MESSAGE_NEEDS_HIGHER_SIGN_IN:
      'Diese Nachricht wurde mit einer sichereren Anmeldung gesendet. Bitte melden Sie sich zum Lesen ebenso sicher an, zum Beispiel mit dem Online-Ausweis.',
    IDEMPOTENCY_KEY_REUSED:
      'Diese Bewerbung wurde bereits mit anderen Angaben abgeschickt. Bitte laden Sie die Seite neu und prüfen Sie Ihre Bewerbungen.',
    PRIVACY_NOTICE_CHANGED:
      'Die Datenschutzhinweise oder der Text einer Einwilligung wurden inzwischen geändert. Bitte laden Sie die Seite neu, lesen Sie die neue Fassung und senden Sie die Bewerbung dann erneut ab.',
    EMPTY_UPLOAD: 'Die Datei ist leer. Bitte wählen Sie die Datei erneut aus.',
    INVALID_DATE: 'Bitte geben Sie das Datum im Format JJJJ-MM-TT an, zum Beispiel 2026-10-31.',
    DOCUMENT_LOCKED:
      'Diese Unterlage wurde bereits geprüft und angenommen und kann nicht mehr entfernt werden.',
    UPLOAD_CLOSED: 'Zu dieser Bewerbung können keine Unterlagen mehr eingereicht werden.',
    UNKNOWN_DOCUMENT_KIND: 'Diese Art von Unterlage wird für diese Bewerbung nicht verlangt.',
    VALIDITY_REQUIRED: 'Bitte geben Sie an, bis wann die Unterlage gültig ist.',
    VALIDITY_ORDER:
      'Das Datum „gültig ab“ liegt nach dem Datum „gültig bis“. Bitte prüfen Sie beide Angaben.',
    REVIEW_NOTE_REQUIRED:
      'Bitte begründen Sie die Ablehnung, damit die Antragstellerin oder der Antragsteller weiß, was fehlt.',
    TRUST_LEVEL_TOO_LOW: oidcDe.tooLow,
  } satisfies Record<ProblemReason, string | ((p: P) => string)>,
  states: LIFECYCLE_STATE_LABELS.de,
  applicantCase: applicantCaseDe,
  newMessageMail: messageMailDe,
  demoNotice: (p: { date: string; time: string }) =>
    `Vorführung: Die Bewerbungsfrist wurde verschoben, damit Sie sich heute bewerben können. Im Original endet sie am ${p.date} um ${p.time} Uhr.`,
  layout: {
    productName: 'Festplatz',
    tagline: 'Bewerbungen für Volksfeste und Märkte',
    skipLink: 'Zum Inhalt springen',
    languageSwitch: 'English',
    languageSwitchLang: 'en',
    languageSwitchLabel: 'Switch to English',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signedInAs: (email: string) => `Angemeldet als ${email}`,
    admin: 'Verwaltung',
    home: 'Startseite',
    footer: 'Festplatz ist freie Software unter der EUPL-1.2.',
  },
  session: {
    /** `{time}` is filled in by the browser with the local end time (HH:MM). */
    warning: 'Ihre Sitzung endet um {time}.',
    extend: 'Sitzung verlängern',
    extended: 'Ihre Sitzung wurde bis {time} verlängert.',
    ended: 'Ihre Sitzung ist abgelaufen.',
    signInAgain: 'Erneut anmelden',
  },
  home: {
    title: 'Veranstaltungen mit offener Bewerbungsfrist',
    intro: 'Hier können Sie sich als Schausteller oder Händler für Veranstaltungen Ihrer Stadt bewerben.',
    noEditions: 'Derzeit ist keine Bewerbungsfrist offen.',
    period: (p: { opens: string; closes: string }) => `Bewerbungsfrist: ${p.opens} bis ${p.closes}`,
    applyNow: 'Jetzt bewerben',
    applyNowFor: (title: string) => `Jetzt bewerben: ${title}`,
    myApplications: 'Meine Bewerbungen',
    noApplications: 'Sie haben noch keine Bewerbung eingereicht.',
    submittedAt: (date: string) => `Eingereicht am ${date}`,
    status: 'Status',
    signInPrompt: 'Melden Sie sich an, um Ihre Bewerbungen zu sehen.',
  },
  signin: {
    title: 'Anmelden',
    intro:
      'Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie sich ohne Passwort anmelden.',
    emailLabel: 'E-Mail-Adresse',
    emailHint: 'Zum Beispiel: name@beispiel.de',
    submit: 'Anmeldelink anfordern',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    errorSummary: 'Bitte korrigieren Sie Ihre Eingabe.',
  },
  checkMail: {
    title: 'Wir haben Ihnen einen Anmeldelink geschickt',
    text: (email: string) =>
      `Wenn die Adresse ${email} stimmt, finden Sie in Kürze eine E-Mail mit einem Anmeldelink in Ihrem Postfach. Der Link ist 15 Minuten gültig und funktioniert nur einmal.`,
    noMail: 'Keine E-Mail bekommen? Prüfen Sie den Spam-Ordner oder fordern Sie einen neuen Link an.',
    again: 'Neuen Link anfordern',
  },
  linkInvalid: {
    title: 'Dieser Anmeldelink ist ungültig',
    text: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Aus Sicherheitsgründen gilt jeder Link nur einmal und nur 15 Minuten.',
    again: 'Neuen Anmeldelink anfordern',
  },
  oidc: oidcDe,
  apply: {
    title: (edition: string) => `Bewerbung: ${edition}`,
    heading: 'Ihre Bewerbung',
    noScript: 'Für das Bewerbungsformular wird JavaScript benötigt.',
  },
  admin: {
    title: 'Eingegangene Bewerbungen',
    detailTitle: 'Bewerbung',
    messagesHeading: 'Nachrichten mit der Bewerberin oder dem Bewerber',
    forbiddenTitle: 'Kein Zugriff',
    forbiddenText:
      'Dieser Bereich ist nur für Mitarbeitende der Verwaltung. Sie sind mit einem Konto ohne diese Berechtigung angemeldet.',
  },
  mail: {
    subject: 'Ihr Anmeldelink für Festplatz',
    body: (p: { link: string; minutes: number }) =>
      `Guten Tag,\n\nmit diesem Link melden Sie sich bei Festplatz an:\n\n${p.link}\n\nDer Link ist ${p.minutes} Minuten gültig und funktioniert nur einmal. Wenn Sie keinen Link angefordert haben, können Sie diese E-Mail ignorieren.`,
  },
  receiptMail: {
    subject: (edition: string) => `Eingangsbestätigung: Ihre Bewerbung für ${edition}`,
    body: (p: { edition: string; received: string; number: string; dataHash: string; link: string }) =>
      `Guten Tag,\n\nIhre Bewerbung für ${p.edition} ist am ${p.received} bei uns eingegangen.\n\nBewerbungsnummer: ${p.number}\nPrüfsumme Ihrer Angaben (SHA-256): ${p.dataHash}\n\nWas Sie eingereicht haben und wie weit die Bearbeitung ist, sehen Sie nach der Anmeldung unter ${p.link}\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.`,
  },
  /** The frame of every lifecycle mail to an applicant (outbox handlers `lifecycle.*`). */
  applicantMail: {
    greeting: 'Guten Tag,',
    footer: (link: string) =>
      `Den Stand Ihrer Bewerbung sehen Sie nach der Anmeldung unter ${link}\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.`,
  },
  /** `lifecycle.notifyApplicant`: the case reached a new state the applicant should know about. */
  stateChangeMail: {
    subject: (p: { edition: string; state: string }) => `Ihre Bewerbung für ${p.edition}: ${p.state}`,
    news: {
      documents_requested:
        'für Ihre Bewerbung fehlen noch Unterlagen. Bitte reichen Sie sie bis zur unten genannten Frist nach.',
      reviewed: 'die Prüfung Ihrer Bewerbung ist abgeschlossen.',
      admitted: 'Ihre Bewerbung wurde zugelassen.',
      waitlisted: 'Ihre Bewerbung steht auf der Nachrückliste. Wird ein Platz frei, rücken Sie nach.',
      rejected: 'Ihre Bewerbung wurde abgelehnt.',
      paid: 'Ihre Zahlung ist eingegangen.',
      confirmed: 'Ihre Teilnahme ist bestätigt. Wir freuen uns auf Sie.',
      revoked: 'Ihre Zulassung wurde widerrufen.',
      withdrawn: 'Ihre Bewerbung wurde zurückgezogen.',
      archived: 'Ihre Bewerbung ist abgeschlossen.',
    } as Record<string, string>,
    otherState: (state: string) => `Ihre Bewerbung hat jetzt den Status „${state}“.`,
    body: (p: { news: string; edition: string; number: string; due: string | null }) =>
      `${p.news}\n\nVeranstaltung: ${p.edition}\nBewerbungsnummer: ${p.number}${p.due ? `\nFrist: ${p.due}` : ''}`,
  },
  /** `lifecycle.issueNotice`: a notice (Bescheid) was issued; the document itself comes from the office. */
  noticeIssuedMail: {
    subject: (edition: string) => `Bescheid zu Ihrer Bewerbung für ${edition}`,
    kinds: {
      notified: 'Zulassung',
      waitlisted: 'Aufnahme in die Nachrückliste',
      rejected: 'Ablehnung',
      revoked: 'Widerruf der Zulassung',
    } as Record<string, string>,
    body: (p: { kind: string; edition: string; number: string }) =>
      `zu Ihrer Bewerbung für ${p.edition} wurde ein Bescheid erlassen: ${p.kind}.\n\nBewerbungsnummer: ${p.number}\n\nDen Bescheid mit Begründung und Rechtsbehelfsbelehrung erhalten Sie von der Verwaltung, die die Veranstaltung ausrichtet; dort können Sie ihn auch anfordern. Diese E-Mail ersetzt den Bescheid nicht.`,
  },
  /** `lifecycle.requestPayment` (FEE-3): what to pay, by when, under which Kassenzeichen. */
  paymentRequestMail: {
    subject: (edition: string) => `Zahlungsaufforderung: Ihre Zulassung für ${edition}`,
    body: (p: { edition: string; number: string; amount: string; due: string; kassenzeichen: string }) =>
      `für Ihre Zulassung zu ${p.edition} ist eine Gebühr zu zahlen.\n\nBetrag: ${p.amount}\nZahlbar bis: ${p.due}\nKassenzeichen: ${p.kassenzeichen}\nBewerbungsnummer: ${p.number}\n\nBitte geben Sie bei der Zahlung das Kassenzeichen an, damit wir sie Ihrer Bewerbung zuordnen können. Geht die Zahlung nicht rechtzeitig ein, kann die Zulassung widerrufen werden.`,
  },
  /** DOC-8: requested documents overdue (mail.staffNotice, sent when the document timer fires). */
  documentsOverdueMail: {
    subject: (number: string) => `Unterlagen nicht fristgerecht eingegangen: Bewerbung ${number}`,
    body: (p: { edition: string; due: string; number: string; link: string }) =>
      `Guten Tag,\n\ndie für die Bewerbung ${p.number} (${p.edition}) nachgeforderten Unterlagen sind bis zur Frist am ${p.due} nicht eingegangen. Die Bewerbung wartet weiter auf die Unterlagen; bitte entscheiden Sie, ob Sie erinnern, die Frist verlängern oder die Bewerbung aus formalen Gründen ablehnen.\n\nZur Bewerbung: ${p.link}\n\nDiese E-Mail wurde automatisch erstellt.`,
  },
  documentUploadedMail: {
    subject: (number: string) => `Nachgeforderte Unterlage hochgeladen: Bewerbung ${number}`,
    body: (p: { edition: string; number: string; link: string }) =>
      `Guten Tag,\n\nzur Bewerbung ${p.number} (${p.edition}) wurde eine nachgeforderte Unterlage hochgeladen. Bitte prüfen Sie sie und vermerken Sie den Eingang der Unterlagen.\n\nZur Bewerbung: ${p.link}\n\nDiese E-Mail wurde automatisch erstellt.`,
  },
  cli: {
    valid: (file: string) => `${file}: gültig`,
    invalid: (file: string, count: number) =>
      `${file}: ungültig (${count === 1 ? '1 Problem' : `${count} Probleme`})`,
    hint: 'Hinweis',
    root: '(gesamtes Dokument)',
    jsonSyntax: (p: { file: string; line: number; column: number; message: string }) =>
      `${p.file}:${p.line}:${p.column}: JSON-Syntaxfehler: ${p.message}`,
    jsonUnexpectedEnd: 'Die Datei endet mitten im JSON (fehlt eine schließende Klammer?).',
    jsonUnexpectedToken: (token: string) =>
      `Unerwartetes Zeichen „${token}“ (fehlt ein Komma oder Anführungszeichen?).`,
    readError: (file: string, message: string) => `Datei kann nicht gelesen werden: ${file} (${message})`,
    usage:
      'Aufruf:\n  festplatz serve                         Server starten (PORT, HOST, FESTPLATZ_DATA_DIR, DATABASE_URL, SMTP_URL, MAIL_FROM)\n  festplatz demo                          Demo-Daten (Soest) anlegen und Server starten\n  festplatz validate DATEI [--lang de|en] [--json]   Veranstaltungstyp oder Ausgabe prüfen\n  festplatz audit verify [--lang de|en] [--json]    Prüfprotokoll aller Bewerbungen auf Manipulation prüfen (FESTPLATZ_DATA_DIR, DATABASE_URL)',
    database: (kind: string, where: string) => `Datenbank: ${kind} ${where}`,
    mailSmtp: (url: string) => `E-Mail: SMTP ${url}`,
    mailOutbox: (dir: string) => `E-Mail: Entwicklungs-Postausgang ${dir}`,
    listening: (url: string) => `Festplatz läuft auf ${url}`,
    insecureSessionCookie: (url: string) =>
      `Warnung: Die öffentliche Adresse ${url} nutzt kein https; das Sitzungs-Cookie wird ohne Secure gesetzt. Setzen Sie FESTPLATZ_BASE_URL auf die https-Adresse.`,
    demoReady: 'Demo-Daten sind angelegt.',
    demoPortal: (url: string) => `Bewerbungsportal:   ${url}`,
    demoAdmin: (url: string) => `Verwaltung:         ${url}`,
    demoStaff: (email: string) => `Verwaltungskonto:   ${email}`,
    demoApplyAgain: (email: string) => `Erneut bewerben:    ${email} (hat sich 2025 beworben)`,
    demoSignIn:
      'Anmelden: Adresse auf /signin eingeben; der Anmeldelink erscheint hier in der Konsole und als .eml-Datei in',
    demoSignInSmtp: 'Anmelden: Adresse auf /signin eingeben; der Anmeldelink kommt per E-Mail (SMTP).',
    signInLink: (to: string, link: string) => `Anmeldelink für ${to}: ${link}`,
    auditUsage: 'Aufruf: festplatz audit verify [--lang de|en] [--json]',
    auditNoDatabase: (file: string) => `Keine Datenbank gefunden: ${file} (FESTPLATZ_DATA_DIR prüfen)`,
    auditIntact: (p: { cases: number; events: number }) =>
      `Prüfprotokoll unverändert: ${p.cases === 1 ? '1 Bewerbung' : `${p.cases} Bewerbungen`} mit ${p.events === 1 ? '1 Ereignis' : `${p.events} Ereignissen`} geprüft, keine Manipulation gefunden.`,
    auditBroken: (p: { broken: number; cases: number }) =>
      `Prüfprotokoll VERÄNDERT: bei ${p.broken} von ${p.cases} Bewerbungen stimmt die Ereigniskette nicht.`,
    auditBreak: (p: { applicationId: string; seq: number; reason: string }) =>
      `  Bewerbung ${p.applicationId}, Ereignis Nr. ${p.seq}: ${p.reason}`,
    auditReasons: {
      hash_mismatch: 'Der Inhalt des Ereignisses wurde nachträglich verändert (Prüfsumme passt nicht).',
      prev_hash_mismatch:
        'Die Verkettung ist unterbrochen: Das vorherige Ereignis wurde verändert oder ersetzt.',
      seq_gap: (expected: number) => `Lücke in der Ereignisfolge: Ereignis Nr. ${expected} fehlt.`,
    },
    outboxRetry: (p: { handler: string; key: string; attempts: number; at: string; error: string }) =>
      `Zustellung ${p.handler} (${p.key}) fehlgeschlagen, Versuch ${p.attempts}; nächster Versuch ${p.at}: ${p.error}`,
    outboxDead: (p: { handler: string; key: string; attempts: number; error: string }) =>
      `Zustellung ${p.handler} (${p.key}) nach ${p.attempts} Versuchen aufgegeben: ${p.error}`,
    outboxError: (error: string) => `Fehler beim Abarbeiten des Postausgangs: ${error}`,
    stopping: 'Festplatz wird beendet.',
  },
};

/** The shape every catalog must have (derived from the German one, so en cannot miss a key). */
export type Messages = typeof de;
