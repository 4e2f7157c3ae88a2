import { html, nothing, type TemplateResult } from 'lit';

/** KERN alert variants used by the back office. */
export type AlertVariant = 'danger' | 'info' | 'success';

/** Parts of a KERN alert; `role: 'alert'` for errors that must interrupt, none inside a live region. */
export interface AlertParts {
  variant: AlertVariant;
  title: string;
  body?: TemplateResult | string;
  role?: 'alert';
}

/** Renders a KERN alert (`kern-alert` with header, icon and optional body). */
export function alertTemplate(parts: AlertParts): TemplateResult {
  return html`<div class="kern-alert kern-alert--${parts.variant}" role=${parts.role ?? nothing}>
    <div class="kern-alert__header">
      <span class="kern-icon kern-icon--${parts.variant}" aria-hidden="true"></span>
      <span class="kern-title">${parts.title}</span>
    </div>
    ${parts.body === undefined ? nothing : html`<div class="kern-alert__body">${parts.body}</div>`}
  </div>`;
}
