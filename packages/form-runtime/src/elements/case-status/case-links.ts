import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { messagesFor } from '../../i18n/messages.ts';

/** After submitting: links to the case page and its receipt (DATE-1), on the Festplatz origin (`apiBase`). */
export function caseLinks(apiBase: string, applicationId: string, lang: Lang): TemplateResult {
  const t = messagesFor(lang).caseStatus;
  const casePath = `${apiBase}/applications/${encodeURIComponent(applicationId)}`;
  return html`<ul class="kern-list festplatz-case-links">
    <li><a class="kern-link" href=${casePath}>${t.openCase}</a></li>
    <li><a class="kern-link" href=${`${casePath}/receipt`}>${t.openReceipt}</a></li>
  </ul>`;
}
