// The KERN alerts <festplatz-application-form> shows around the form: demo notice, restored draft, problems,
// and the receipt after submitting. Pure templates, so the element keeps only its behaviour.

import { html, nothing, type TemplateResult } from 'lit';
import { signInUrl } from '../api/sign-in.ts';
import type { SubmittedApplication } from '../api/types.ts';
import { restoredText } from '../drafts/status-text.ts';
import { formatBerlinDateTime } from '../format/date-time.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { wizardMessages } from '../i18n/wizard.ts';
import { caseLinks } from './case-status/case-links.ts';

type AlertKind = 'info' | 'danger' | 'success';

/** One KERN alert: icon and title in the header, `body` below; `focusable` lets the element move focus to it. */
function kernAlert(
  kind: AlertKind,
  title: string,
  body: unknown,
  role: string,
  options: { className?: string; focusable?: boolean } = {},
): TemplateResult {
  return html`<div
    class="kern-alert kern-alert--${kind} ${options.className ?? ''}"
    role=${role}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    <div class="kern-alert__header">
      <span class="kern-icon kern-icon--${kind}" aria-hidden="true"></span>
      <span class="kern-title">${title}</span>
    </div>
    <div class="kern-alert__body">${body}</div>
  </div>`;
}

/** The edition's demo notice (the application period was moved for the demonstration). */
export function demoNoticeAlert(t: Messages['ui'], notice: string): TemplateResult {
  return kernAlert('info', t.demoNoticeTitle, html`<p class="kern-body">${notice}</p>`, 'note');
}

/** "Your draft of … was restored", after the form came back with a saved draft (A11Y-5). */
export function restoredDraftAlert(restoredAt: string, lang: Lang): TemplateResult {
  const body = html`<p class="kern-body">${restoredText(restoredAt, lang)}</p>`;
  return kernAlert('info', wizardMessages(lang).draftRestoredTitle, body, 'status', {
    className: 'festplatz-draft-restored',
  });
}

/** A problem loading or submitting the form, with the sign-in link when signing in would solve it. */
export function problemAlert(
  t: Messages['ui'],
  problem: { title: string; text: string; signIn: boolean },
  apiBase: string,
): TemplateResult {
  const link = problem.signIn
    ? html`<p class="kern-body">
        <a class="kern-link" href=${signInUrl(apiBase, `${location.pathname}${location.search}`)}
          >${t.signInLink}</a
        >
      </p>`
    : nothing;
  const body = html`<p class="kern-body">${problem.text}</p>${link}`;
  return kernAlert('danger', problem.title, body, 'alert', { className: 'festplatz-alert' });
}

/** The receipt after submitting: case number, server receive time, links to the case page and the receipt. */
export function receiptAlert(
  t: Messages['ui'],
  receipt: SubmittedApplication | null,
  apiBase: string,
  lang: Lang,
): TemplateResult {
  const body = html`<p class="kern-body">${t.receiptNumber}: <strong>${receipt?.id}</strong></p>
    ${
      receipt?.submittedAt
        ? html`<p class="kern-body">${t.receivedAt} ${formatBerlinDateTime(receipt.submittedAt, lang)}</p>`
        : nothing
    }
    ${receipt ? caseLinks(apiBase, receipt.id, lang) : nothing}`;
  return kernAlert('success', t.successTitle, body, 'status', {
    className: 'festplatz-receipt',
    focusable: true,
  });
}
