import { html } from 'hono/html';
import type { DemoAccount } from './demo-accounts.ts';

// The demo stands in for BundID, a German federal service, so its one page is German (lang="de").
const TEXT = {
  title: 'Anmelden – Demo-Anmeldedienst',
  heading: 'Anmelden beim Demo-Anmeldedienst',
  intro:
    'Dieser Dienst ersetzt in der Vorführung die BundID. Wählen Sie ein Demo-Konto; es wird kein Ausweis und kein Passwort verlangt.',
  legend: 'Mit welchem Konto möchten Sie sich anmelden?',
  level: {
    'STORK-QAA-Level-3': 'Vertrauensniveau substanziell',
    'STORK-QAA-Level-4': 'Vertrauensniveau hoch',
  },
  submit: 'Anmelden',
  cancel: 'Abbrechen und zurück',
};

// Plain, high-contrast styles with a visible focus ring; no script.
const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
fieldset{border:1px solid #4a4a4a;padding:1rem;margin:0 0 1rem}legend{font-weight:600}
.option{display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0}.hint{display:block;color:#3d3d3d}
button{font:inherit;padding:.5rem 1rem;margin-right:.5rem;border:2px solid #003064;border-radius:4px}
.primary{background:#003064;color:#fff}.secondary{background:#fff;color:#003064}
:focus-visible{outline:3px solid #b45f06;outline-offset:2px}`;

/** The login page of the demo provider: one radio per account (the first preselected), sign in or cancel. */
export function demoLoginPage(uid: string, accounts: readonly DemoAccount[]): string {
  const options = accounts.map(
    (a, i) => html`<div class="option">
        <input type="radio" name="account" id="account-${a.id}" value="${a.id}"${i === 0 ? html` checked` : ''}
          aria-describedby="account-${a.id}-level">
        <label for="account-${a.id}">${a.label}
          <span class="hint" id="account-${a.id}-level">${TEXT.level[a.acr]}</span></label>
      </div>`,
  );
  return html`<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT.title}</title><style>${STYLE}</style></head>
<body>
<main>
  <h1>${TEXT.heading}</h1>
  <p>${TEXT.intro}</p>
  <form method="post" action="/interaction/${uid}/login">
    <fieldset><legend>${TEXT.legend}</legend>${options}</fieldset>
    <button type="submit" class="primary">${TEXT.submit}</button>
    <button type="submit" class="secondary" formaction="/interaction/${uid}/abort">${TEXT.cancel}</button>
  </form>
</main>
</body>
</html>`.toString();
}
