import { html } from 'lit';
import type { CaseConsent } from '../api/types.ts';
import { formatDateTime } from '../format/date.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import type { DescriptionItem } from './description-list.ts';

/**
 * Overview row of a case: the applicant's optional consents (DS-1), each in force or withdrawn with the time,
 * so staff use the data only as allowed (e.g. publish in the programme only with the consent in force).
 */
export function consentRows(
  consents: readonly CaseConsent[] | undefined,
  t: Messages,
  lang: Lang,
): DescriptionItem[] {
  if (!consents) return [];
  const value =
    consents.length === 0
      ? t.detail.consentsNone
      : html`<ul class="kern-list">
          ${consents.map(
            (c) => html`<li>
              ${c.title}:
              ${
                c.withdrawnAt
                  ? t.detail.consentWithdrawn(formatDateTime(c.withdrawnAt, lang) ?? c.withdrawnAt)
                  : t.detail.consentInForce(formatDateTime(c.givenAt, lang) ?? c.givenAt)
              }
            </li>`,
          )}
        </ul>`;
  return [[t.detail.consents, value]];
}
