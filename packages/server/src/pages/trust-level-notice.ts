import type { EditionRecord } from '@festplatz/case-engine';
import { html } from 'hono/html';
import { trustLevelShortfall } from '../auth/form-trust-level.ts';
import type { OidcSettings } from '../auth/oidc/settings.ts';
import type { SessionInfo } from '../env.ts';
import { oidcButtonLabel, oidcStartHref } from './oidc-sign-in.ts';
import type { Html, ViewContext } from './view.ts';

/**
 * On the form page, before the first field: the sign-in is below the form's minimum trust level (AUTH-2), so it
 * can be filled in and saved but not submitted; offers the BundID sign-in that comes back to this form. Empty
 * when the sign-in is enough.
 */
export function trustLevelNotice(
  v: ViewContext,
  session: SessionInfo,
  record: EditionRecord,
  oidc: OidcSettings | null,
): Html | '' {
  const required = trustLevelShortfall(session, record.eventType);
  if (!required) return '';
  const { t } = v;
  const back = `/apply/${encodeURIComponent(record.edition.id)}`;
  return html`<div class="kern-alert kern-alert--warning" role="region" aria-labelledby="trust-notice-title">
      <div class="kern-alert__header"><h2 class="kern-title" id="trust-notice-title">${t.oidc.notice.title}</h2></div>
      <div class="kern-alert__body">
        <p class="kern-body">${t.oidc.notice.text({ required: t.oidc.levels[required], current: t.oidc.levels[session.trustLevel] })}</p>
        ${
          oidc
            ? html`<p><a class="kern-btn kern-btn--primary" href="${oidcStartHref(back)}"><span class="kern-label">${oidcButtonLabel(t, oidc)}</span></a></p>`
            : html`<p class="kern-body">${t.oidc.notice.noOidc}</p>`
        }
      </div>
    </div>`;
}
