import { html } from 'hono/html';
import type { OidcSettings } from '../auth/oidc/settings.ts';
import type { Messages } from '../i18n/index.ts';
import { layout } from './layout.ts';
import type { Html, ViewContext } from './view.ts';

/** The label of the OIDC button, e.g. "Mit BundID anmelden" or "Mit BundID anmelden (Demo)". */
export function oidcButtonLabel(t: Messages, oidc: Pick<OidcSettings, 'name' | 'demo'>): string {
  return `${t.oidc.signInWith(oidc.name)}${oidc.demo ? t.oidc.demoSuffix : ''}`;
}

/** Where the OIDC button leads: the start route, coming back to `next`. */
export function oidcStartHref(next: string): string {
  return `/auth/oidc/start?next=${encodeURIComponent(next)}`;
}

/** The BundID block of the sign-in page: what it is and the button (a link: the start route is a GET). */
export function oidcSignInSection(
  v: ViewContext,
  oidc: Pick<OidcSettings, 'name' | 'demo'>,
  next: string,
): Html {
  const { t } = v;
  return html`<section aria-labelledby="oidc-heading" class="festplatz-signin-option">
      <h2 class="kern-heading-medium" id="oidc-heading">${t.oidc.heading}</h2>
      <p class="kern-body">${t.oidc.intro}</p>
      <p><a class="kern-btn kern-btn--primary" href="${oidcStartHref(next)}"><span class="kern-label">${oidcButtonLabel(t, oidc)}</span></a></p>
    </section>
    <h2 class="kern-heading-medium">${t.oidc.emailHeading}</h2>`;
}

/** Why an OIDC sign-in did not complete; each has its own sentence in the catalogs. */
export type OidcErrorKind = 'cancelled' | 'provider' | 'state' | 'email' | 'unavailable' | 'failed';

/** The page shown instead of signing in: what happened, in plain words, and the way back to the sign-in. */
export function oidcErrorPage(v: ViewContext, kind: OidcErrorKind): Html {
  const { t } = v;
  return layout(v, {
    title: t.oidc.error.title,
    main: html`<h1 class="kern-heading-large">${t.oidc.error.title}</h1>
      <div class="kern-alert kern-alert--danger" role="alert">
        <div class="kern-alert__body"><p class="kern-body">${t.oidc.error[kind]}</p></div>
      </div>
      <p><a class="kern-btn kern-btn--primary" href="/signin"><span class="kern-label">${t.oidc.error.again}</span></a></p>`,
  });
}
