import { html, type TemplateResult } from 'lit';
import { formatDateTime } from '../format/date.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';

/** `<time>` showing an instant in Europe/Berlin office time, or the missing-value dash. */
export function timeTemplate(
  iso: string | null | undefined,
  lang: Lang,
  t: Messages,
): TemplateResult | string {
  const text = formatDateTime(iso, lang);
  return text === null || !iso ? t.common.missing : html`<time datetime=${iso}>${text}</time>`;
}
