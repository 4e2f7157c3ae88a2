import { html, type TemplateResult } from 'lit';
import type { CaseConsent } from '../../api/case-status.ts';
import { formatBerlinDateTime } from '../../format/date-time.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format, type Messages } from '../../i18n/messages.ts';

/**
 * The consents of a case (DS-1): each with when it was given and to which text version, and a button to
 * withdraw it, as easy as giving it; a withdrawn one shows when.
 */
export function consentList(
  consents: readonly CaseConsent[],
  t: Messages['caseStatus'],
  lang: Lang,
  busy: string | null,
  /** Unique on the page: each button is described by its consent's title. */
  idPrefix: string,
  onWithdraw: (consent: CaseConsent) => void,
): TemplateResult {
  if (consents.length === 0) return html`<p class="kern-body">${t.consentsNone}</p>`;
  return html`<ul class="kern-list festplatz-consents">
    ${consents.map(
      (c) => html`<li class="festplatz-consents__item">
        <p class="kern-body"><strong id="${idPrefix}-${c.id}">${c.title}</strong></p>
        <p class="kern-body">
          ${format(t.consentGiven, { date: formatBerlinDateTime(c.givenAt, lang), version: c.textVersion })}
          ${c.withdrawnAt ? format(t.consentWithdrawn, { date: formatBerlinDateTime(c.withdrawnAt, lang) }) : ''}
        </p>
        ${
          c.withdrawnAt
            ? ''
            : html`<button type="button" class="kern-btn kern-btn--secondary kern-btn--small"
                aria-describedby="${idPrefix}-${c.id}" ?disabled=${busy !== null}
                @click=${() => onWithdraw(c)}>
                <span class="kern-label">${busy === c.id ? t.withdrawing : t.withdraw}</span>
              </button>`
        }
      </li>`,
    )}
  </ul>`;
}
