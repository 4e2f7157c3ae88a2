import { isTrustLevel, type TrustLevel } from '@festplatz/core';

/** The name of a trust level id in a catalog's `levels`, or the id itself. */
export function levelName(levels: Record<TrustLevel, string>, level: unknown): string {
  return isTrustLevel(level) ? levels[level] : String(level);
}

/** German texts of the OpenID Connect sign-in (BundID, company accounts) and of trust levels (AUTH-2). */
export const oidcDe = {
  signInWith: (name: string) => `Mit ${name} anmelden`,
  demoSuffix: ' (Demo)',
  heading: 'Mit BundID oder Unternehmenskonto',
  intro:
    'Sie melden sich beim Anmeldedienst des Bundes an: mit Online-Ausweis, ELSTER-Zertifikat oder für Ihr Unternehmen. Manche Veranstaltungen verlangen diese Anmeldung.',
  emailHeading: 'Mit E-Mail-Link',
  error: {
    title: 'Anmeldung nicht abgeschlossen',
    cancelled: 'Sie haben die Anmeldung beim Anmeldedienst abgebrochen. Sie sind nicht angemeldet.',
    provider:
      'Der Anmeldedienst hat die Anmeldung nicht bestätigt. Bitte versuchen Sie es erneut oder melden Sie sich mit einem E-Mail-Link an.',
    state:
      'Diese Anmeldung wurde nicht in diesem Browser begonnen oder hat länger als 15 Minuten gedauert. Zu Ihrer Sicherheit wurde sie abgebrochen. Bitte beginnen Sie die Anmeldung neu.',
    email:
      'Ihr Konto beim Anmeldedienst hat keine bestätigte E-Mail-Adresse. Festplatz braucht sie für Bescheide und Nachrichten. Bitte hinterlegen und bestätigen Sie dort eine Adresse, oder melden Sie sich mit einem E-Mail-Link an.',
    unavailable:
      'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut, oder melden Sie sich mit einem E-Mail-Link an.',
    failed:
      'Die Anmeldung konnte aus technischen Gründen nicht abgeschlossen werden. Bitte versuchen Sie es erneut.',
    again: 'Zur Anmeldung',
  },
  /** Names of the trust levels as an applicant understands them. */
  levels: {
    basis: 'Basis (E-Mail-Link oder Benutzername und Passwort)',
    substanziell: 'substanziell (zum Beispiel ELSTER-Zertifikat)',
    hoch: 'hoch (Online-Ausweis)',
  } satisfies Record<TrustLevel, string>,
  /** On the form page, before anything is filled in, when the sign-in is below the form's minimum. */
  notice: {
    title: 'Für diese Bewerbung ist eine sichere Anmeldung nötig',
    text: (p: { required: string; current: string }) =>
      `Diese Veranstaltung verlangt beim Abschicken das Vertrauensniveau „${p.required}“. Sie sind mit „${p.current}“ angemeldet. Ihre Angaben können Sie trotzdem schon eintragen; sie werden als Entwurf gespeichert.`,
    noOidc:
      'Eine solche Anmeldung ist hier noch nicht eingerichtet. Bitte wenden Sie sich an die Verwaltung der Veranstaltung.',
  },
  /** The company an organisation sign-in acts for (AUTH-4). */
  representing: (p: { organisation: string; role: string | null }) =>
    p.role ? `Handelt für: ${p.organisation} (${p.role})` : `Handelt für: ${p.organisation}`,
  /** Problem detail of TRUST_LEVEL_TOO_LOW; `p` are the problem's members (levels as ids, the service's name). */
  tooLow: (p: Record<string, unknown>) =>
    `Zum Abschicken dieser Bewerbung ist eine Anmeldung mit dem Vertrauensniveau „${levelName(oidcDe.levels, p.requiredTrustLevel)}“ oder höher nötig. Sie sind mit „${levelName(oidcDe.levels, p.trustLevel)}“ angemeldet. ${
      p.serviceName
        ? `Bitte melden Sie sich mit ${p.serviceName} an; Ihr Entwurf bleibt gespeichert.`
        : 'Eine solche Anmeldung ist hier noch nicht eingerichtet. Bitte wenden Sie sich an die Verwaltung.'
    }`,
  cli: {
    provider: (url: string) => `Demo-Anmeldedienst (BundID): ${url}`,
    accounts: 'Demo-Konten beim Anmeldedienst (Schaltfläche „Mit BundID anmelden (Demo)“ auf /signin):',
    account: (p: { label: string; level: string }) => `  ${p.label} – Vertrauensniveau ${p.level}`,
  },
};

/** The shape of the OIDC texts (en must match). */
export type OidcMessages = typeof oidcDe;
