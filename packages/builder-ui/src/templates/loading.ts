import { html, type TemplateResult } from 'lit';

/** KERN loader with a visible text; place it inside a live region so the text is announced. */
export function loadingTemplate(text: string): TemplateResult {
  return html`<div class="kern-loader kern-loader--visible" aria-hidden="true"></div>
    <p class="kern-body">${text}</p>`;
}
