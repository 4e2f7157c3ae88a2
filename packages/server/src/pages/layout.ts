import { html } from 'hono/html';
import type { Html, ViewContext } from './view.ts';
import { withLang } from './view.ts';

/** Which element bundle a page loads: applicant pages and staff pages use different bundles. */
export type PageScript = 'elements' | 'admin' | null;

const SCRIPT_SRC = {
  elements: '/assets/festplatz-elements.js',
  admin: '/assets/festplatz-admin.js',
} as const;

function header(v: ViewContext): Html {
  const { t, session } = v;
  const other = t.layout.languageSwitchLang as 'de' | 'en';
  const isStaff = (session?.staffTenants.length ?? 0) > 0;
  return html`<header class="festplatz-header">
    <div class="kern-container festplatz-header__bar">
      <a class="festplatz-header__brand" href="/">
        <span class="kern-title">${t.layout.productName}</span>
        <span class="kern-body--small">${t.layout.tagline}</span>
      </a>
      <nav class="festplatz-header__nav" aria-label="${t.layout.productName}">
        <a class="kern-link" href="${withLang(v.url, other)}" lang="${other}" hreflang="${other}"
          aria-label="${t.layout.languageSwitchLabel}">${t.layout.languageSwitch}</a>
        ${isStaff ? html`<a class="kern-link" href="/admin">${t.layout.admin}</a>` : ''}
        ${
          session
            ? html`<span class="kern-body--small">${t.layout.signedInAs(session.user.email)}</span>
                <form method="post" action="/auth/sign-out" class="festplatz-inline-form">
                  <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                    <span class="kern-label">${t.layout.signOut}</span>
                  </button>
                </form>`
            : html`<a class="kern-link" href="/signin?next=${encodeURIComponent(v.url.pathname)}">${t.layout.signIn}</a>`
        }
      </nav>
    </div>
  </header>`;
}

/** The shared page frame: `<html lang>`, skip link, header with language switch, main landmark, footer. */
export function layout(v: ViewContext, page: { title: string; main: Html; script?: PageScript }): Html {
  const script = page.script ? SCRIPT_SRC[page.script] : null;
  return html`<!doctype html>
<html lang="${v.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${page.title} – ${v.t.layout.productName}</title>
    <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css">
    <link rel="stylesheet" href="/assets/kern/kern.min.css">
    <link rel="stylesheet" href="/assets/festplatz.css">
    ${script ? html`<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <a class="festplatz-skip-link" href="#main">${v.t.layout.skipLink}</a>
    ${header(v)}
    <main id="main" class="kern-container festplatz-main" tabindex="-1">
      ${page.main}
    </main>
    <footer class="kern-container festplatz-footer">
      <p class="kern-body--small">${v.t.layout.footer}</p>
    </footer>
  </body>
</html>`;
}
