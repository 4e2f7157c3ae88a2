/** German texts of the staff view of a case's documents (`<festplatz-case-documents>`); catalog key `documents`. */
export const documentsDe = {
  heading: 'Unterlagen',
  loading: 'Die Unterlagen werden geladen …',
  none: 'Zu dieser Bewerbung liegen keine Unterlagen vor.',
  missing: 'Noch nicht eingereicht',
  files: (title: string) => `Dateien zu „${title}“`,
  download: (name: string) => `${name} herunterladen`,
  statusPending: 'In Prüfung',
  statusAccepted: 'Angenommen',
  statusRejected: 'Abgelehnt',
  validUntil: (day: string) => `gültig bis ${day}`,
  validUnlimited: 'ohne Ablaufdatum',
  notCovering: (from: string, until: string) =>
    `Achtung: Die Gültigkeit deckt nicht den geforderten Zeitraum ${from} bis ${until} ab.`,
  notCoveringNoPeriod: 'Achtung: Die Gültigkeit deckt nicht alle geforderten Tage ab.',
  rejectedNote: (note: string) => `Begründung: ${note}`,
  accept: 'Annehmen',
  reject: 'Ablehnen',
  noteLabel: 'Begründung der Ablehnung',
  noteHint:
    'Die Antragstellerin oder der Antragsteller sieht diesen Text und weiß so, was nachzureichen ist.',
  noteRequired: 'Bitte geben Sie eine Begründung an.',
  saveRejection: 'Ablehnung speichern',
  cancel: 'Abbrechen',
  working: 'Wird gespeichert …',
  accepted: (name: string) => `${name} wurde angenommen.`,
  rejected: (name: string) => `${name} wurde abgelehnt.`,
};
