import { html } from 'hono/html';
import { SESSION_WARNING_MINUTES } from '../auth/config.ts';
import { sessionMaxExpiry } from '../auth/session-expiry.ts';
import type { SessionInfo } from '../env.ts';
import type { Html, ViewContext } from './view.ts';
import { withLang } from './view.ts';

/** Which element bundle a page loads: applicant pages and staff pages use different bundles. */
export type PageScript = 'elements' | 'admin' | null;

const SCRIPT_SRC = {
  elements: '/assets/festplatz-elements.js',
  admin: '/assets/festplatz-admin.js',
} as const;

/** The sign-in page, coming back to the current page afterwards. */
function signInHref(v: ViewContext): string {
  return `/signin?next=${encodeURIComponent(v.url.pathname)}`;
}

/**
 * The session warning (A11Y-5, WCAG 2.2.1): a polite live region that /assets/festplatz-session.js fills a few
 * minutes before the session ends, with a button to extend it and, once it has ended, a link to sign in again.
 * The texts come from the catalogs; the browser only fills in the local end time.
 */
function sessionWarning(v: ViewContext, session: SessionInfo): Html {
  const { t } = v;
  return html`<div class="kern-container festplatz-session" data-session-expires-at="${session.expiresAt.toISOString()}"
    data-session-max-expires-at="${sessionMaxExpiry(session.createdAt).toISOString()}"
    data-session-warn-seconds="${SESSION_WARNING_MINUTES * 60}"
    data-session-warning="${t.session.warning}" data-session-extended="${t.session.extended}"
    data-session-ended="${t.session.ended}">
    <p class="kern-body festplatz-session__status" role="status" aria-live="polite" tabindex="-1"
      data-session-status></p>
    <button type="button" class="kern-btn kern-btn--secondary kern-btn--small" data-session-extend hidden>
      <span class="kern-label">${t.session.extend}</span>
    </button>
    <a class="kern-link" href="${signInHref(v)}" data-session-sign-in hidden>${t.session.signInAgain}</a>
  </div>`;
}

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
            : html`<a class="kern-link" href="${signInHref(v)}">${t.layout.signIn}</a>`
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
    ${v.session ? html`<script type="module" src="/assets/festplatz-session.js"></script>` : ''}
  </head>
  <body>
    <a class="festplatz-skip-link" href="#main">${v.t.layout.skipLink}</a>
    ${header(v)}
    ${v.session ? sessionWarning(v, v.session) : ''}
    <main id="main" class="kern-container festplatz-main" tabindex="-1">
      ${page.main}
    </main>
    <footer class="kern-container festplatz-footer">
      <p class="kern-body--small">${v.t.layout.footer}</p>
    </footer>
  </body>
</html>`;
}
