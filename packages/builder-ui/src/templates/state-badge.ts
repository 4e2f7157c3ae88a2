import { html, type TemplateResult } from 'lit';
import { stateBadgeVariant, stateLabel } from '../format/state.ts';
import type { Lang } from '../i18n/lang.ts';

/** KERN badge showing a case state by its localized label (the colour only repeats what the text says). */
export function stateBadge(state: string, lang: Lang): TemplateResult {
  return html`<span class="kern-badge kern-badge--${stateBadgeVariant(state)}" data-state=${state}>
    <span class="kern-label kern-label--small">${stateLabel(state, lang)}</span>
  </span>`;
}
