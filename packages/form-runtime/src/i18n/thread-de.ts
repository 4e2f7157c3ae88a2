/** German texts of `<festplatz-messages>` (the message thread of a case); hooked into the catalog as `thread`. */
export const threadDe = {
  listLabel: 'Nachrichtenverlauf',
  loading: 'Die Nachrichten werden geladen …',
  loadFailed: 'Die Nachrichten konnten nicht geladen werden. Bitte laden Sie die Seite neu.',
  empty: 'Es gibt noch keine Nachrichten.',
  you: 'Sie',
  office: 'Veranstaltungsbüro',
  applicant: 'Bewerberin oder Bewerber',
  sentAt: 'gesendet am {time}',
  withheld:
    'Diese Nachricht wurde mit einer sichereren Anmeldung gesendet. Um sie zu lesen, melden Sie sich bitte ebenso sicher an, zum Beispiel mit dem Online-Ausweis.',
  attachments: 'Anhänge',
  attachment: '{name} ({type}, {size}) herunterladen',
  bodyLabel: 'Ihre Nachricht',
  bodyHint:
    'Höchstens {limit} Zeichen. Bitte schreiben Sie hier statt per E-Mail: So bleiben Ihre Daten geschützt.',
  filesLabel: 'Dateien anhängen (optional)',
  filesHint: 'PDF, JPEG oder PNG, bis zu {count} Dateien, jede höchstens {mb} MB.',
  send: 'Nachricht senden',
  sending: 'Nachricht wird gesendet …',
  sent: 'Ihre Nachricht wurde gesendet.',
  bodyRequired: 'Bitte schreiben Sie eine Nachricht.',
  bodyTooLong: 'Bitte schreiben Sie höchstens {limit} Zeichen. Längere Texte hängen Sie bitte als Datei an.',
  tooManyFiles: 'Bitte hängen Sie höchstens {count} Dateien an.',
  newMessagesFromOffice: 'Neue Nachricht vom Veranstaltungsbüro.',
  newMessagesFromApplicant: 'Neue Nachricht der Bewerberin oder des Bewerbers.',
  unknownProblem: 'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  sendFailed: 'Die Nachricht wurde nicht gesendet.',
  signInRequired:
    'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an; Ihr Text bleibt hier stehen.',
  networkError:
    'Der Server ist gerade nicht erreichbar. Ihr Text bleibt hier stehen. Bitte versuchen Sie es gleich noch einmal.',
};
