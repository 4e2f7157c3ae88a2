import type { HarnessPage } from './harness-server.ts';

/** The edition the benchmark renders: the Soest Allerheiligenkirmes 2026 (examples/soest-kirmes). */
export const EDITION = 'allerheiligenkirmes-2026';

/** The two contenders: how their page is served and how the benchmark recognises their states. */
export interface Contender {
  name: string;
  path: string;
  page: HarnessPage;
  /** Present once the form is rendered (the first text field of the Soest form). */
  readySelector: string;
  /** Present once a validation has put its error summary on the page; null for a page without a form. */
  errorsSelector: string | null;
}

/** The same stylesheets on both pages (the real applicant page's), so style and layout cost the same. */
const STYLES = `<link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css">
<link rel="stylesheet" href="/assets/kern/kern.min.css">
<link rel="stylesheet" href="/assets/festplatz.css">`;

function pageHtml(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${STYLES}
${head}
</head>
<body><main class="kern-container">${body}</main></body>
</html>`;
}

/** The first text input of the Soest form; RJSF derives the same id on both pages. */
export const TEXT_FIELD_ID = 'root_applicant_givenName';

/** A contender whose page loads `script` (if any) and holds `body`; every form shows the Soest text field first. */
function contender(name: string, path: string, page: { strictCsp: boolean; script: string; body: string }) {
  const head = page.script ? `<script type="module" src="${page.script}"></script>` : '';
  return {
    name,
    path,
    page: { strictCsp: page.strictCsp, html: pageHtml(name, head, page.body) },
    readySelector: `#${TEXT_FIELD_ID}`,
  };
}

/** `<festplatz-application-form>` as the embedding docs show it, with the server's strict policy. */
export const festplatz: Contender = {
  ...contender('Festplatz', '/festplatz.html', {
    strictCsp: true,
    script: '/assets/festplatz-elements.js',
    body: `<festplatz-application-form edition="${EDITION}" lang="de"></festplatz-application-form>`,
  }),
  errorsSelector: '.festplatz-error-summary',
};

/** Plain @rjsf/core + React (baseline/entry.tsx); no strict policy, since ajv compiles with `new Function`. */
export const baseline: Contender = {
  ...contender('@rjsf/core + React (baseline)', '/baseline.html', {
    strictCsp: false,
    script: '/baseline.js',
    body: `<div id="app" data-edition="${EDITION}"></div>`,
  }),
  errorsSelector: '.panel-danger.errors',
};

/**
 * The floor: the same stylesheets and one static text field, no script. What this browser on this machine needs for
 * a page and a keystroke at all; neither contender can be faster.
 */
export const floor: Contender = {
  ...contender('static page (floor)', '/floor.html', {
    strictCsp: true,
    script: '',
    body: `<label class="kern-label" for="${TEXT_FIELD_ID}">Vorname</label>
<input class="kern-form-input__input" id="${TEXT_FIELD_ID}" type="text">`,
  }),
  errorsSelector: null,
};
