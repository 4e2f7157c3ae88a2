import { html } from 'hono/html';
import type { OidcSettings } from '../auth/oidc/settings.ts';
import { layout } from './layout.ts';
import { oidcSignInSection } from './oidc-sign-in.ts';
import type { Html, ViewContext } from './view.ts';

/** What the sign-in form shows: the address entered, and why it is shown again (bad address, too many requests). */
export interface SignInForm {
  next: string;
  email?: string;
  invalid?: boolean;
  /** Set when the sign-in limit was reached: minutes until a new link can be requested. */
  retryAfterMinutes?: number;
  /** Set when the sign-in mail could not be handed to the mail server. */
  mailFailed?: boolean;
  /** Set when OpenID Connect sign-in (BundID) is configured: its button comes first. */
  oidc?: Pick<OidcSettings, 'name' | 'demo'> | null;
}

/** `/signin`: the e-mail form of the magic-link sign-in (with the error state after a bad address or too many tries). */
export function signInPage(v: ViewContext, form: SignInForm): Html {
  const { t } = v;
  const invalid = form.invalid === true;
  const limited = form.retryAfterMinutes !== undefined;
  return layout(v, {
    title: t.signin.title,
    main: html`<h1 class="kern-heading-large">${t.signin.title}</h1>
      ${
        limited
          ? html`<div class="kern-alert kern-alert--danger" role="alert">
              <div class="kern-alert__body"><p class="kern-body">${t.problems.RATE_LIMITED.detail({ retryAfterMinutes: form.retryAfterMinutes })}</p></div>
            </div>`
          : ''
      }
      ${
        form.mailFailed
          ? html`<div class="kern-alert kern-alert--danger" role="alert">
              <div class="kern-alert__body"><p class="kern-body">${t.problems.MAIL_UNAVAILABLE.detail({})}</p></div>
            </div>`
          : ''
      }
      ${form.oidc ? oidcSignInSection(v, form.oidc, form.next) : ''}
      <p class="kern-body">${t.signin.intro}</p>
      <form method="post" action="/auth/magic-link" novalidate class="festplatz-form">
        <input type="hidden" name="next" value="${form.next}">
        <div class="kern-form-input${invalid ? ' kern-form-input--error' : ''}">
          <label class="kern-label" for="email">${t.signin.emailLabel}</label>
          <div class="kern-hint" id="email-hint">${t.signin.emailHint}</div>
          ${
            invalid
              ? html`<p class="kern-error" id="email-error" role="alert">
                  <span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true"></span>
                  <span class="kern-body">${t.signin.invalidEmail}</span>
                </p>`
              : ''
          }
          <input class="kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}" id="email" name="email"
            type="email" autocomplete="email" required value="${form.email ?? ''}"
            aria-describedby="email-hint${invalid ? ' email-error' : ''}"${invalid ? html` aria-invalid="true"` : ''}>
        </div>
        <button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">${t.signin.submit}</span></button>
      </form>`,
  });
}

/** After `POST /auth/magic-link`: "we sent you a link" (the same whether or not the account exists). */
export function checkMailPage(v: ViewContext, email: string, next: string): Html {
  const { t } = v;
  return layout(v, {
    title: t.checkMail.title,
    main: html`<h1 class="kern-heading-large">${t.checkMail.title}</h1>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__body"><p class="kern-body">${t.checkMail.text(email)}</p></div>
      </div>
      <p class="kern-body">${t.checkMail.noMail}</p>
      <p><a class="kern-link" href="/signin?next=${encodeURIComponent(next)}">${t.checkMail.again}</a></p>`,
  });
}

/** `GET /auth/callback` with an unknown, used or expired token. */
export function linkInvalidPage(v: ViewContext): Html {
  const { t } = v;
  return layout(v, {
    title: t.linkInvalid.title,
    main: html`<h1 class="kern-heading-large">${t.linkInvalid.title}</h1>
      <div class="kern-alert kern-alert--danger" role="alert">
        <div class="kern-alert__body"><p class="kern-body">${t.linkInvalid.text}</p></div>
      </div>
      <p><a class="kern-btn kern-btn--primary" href="/signin"><span class="kern-label">${t.linkInvalid.again}</span></a></p>`,
  });
}
