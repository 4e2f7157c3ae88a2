import { html, type TemplateResult } from 'lit';

/** One row of a description list: a term and its (already rendered) value. */
export type DescriptionItem = readonly [key: string, value: TemplateResult | string];

/** Renders a KERN description list (`dl.kern-description-list`). */
export function descriptionList(items: readonly DescriptionItem[]): TemplateResult {
  return html`<dl class="kern-description-list">
    ${items.map(
      ([key, value]) => html`<div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">${key}</dt>
        <dd class="kern-description-list-item__value">${value}</dd>
      </div>`,
    )}
  </dl>`;
}
