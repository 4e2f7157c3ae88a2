import { html } from 'hono/html';
import type { Receipt, ReceiptRow } from '../receipt/receipt.ts';
import { layout } from './layout.ts';
import type { Html, ViewContext } from './view.ts';

function facts(rows: readonly ReceiptRow[]): Html {
  return html`<dl class="festplatz-receipt__facts">
    ${rows.map(
      (row) => html`<dt class="kern-body kern-body--bold">${row.label}</dt>
        <dd class="kern-body">${row.code ? html`<code>${row.value}</code>` : row.value}</dd>`,
    )}
  </dl>`;
}

/**
 * `/applications/:id/receipt`: the printable receipt (Eingangsbestätigung, DATE-1). The same text as the PDF;
 * the print style sheet hides header, session notice, footer and the links.
 */
export function receiptPage(v: ViewContext, receipt: Receipt): Html {
  const t = v.t.applicantCase.receipt;
  const id = encodeURIComponent(receipt.applicationId);
  const { privacy } = receipt;
  return layout(v, {
    title: `${receipt.title} ${receipt.applicationId}`,
    main: html`<article class="festplatz-receipt-page">
      <h1 class="kern-heading-large">${receipt.title}</h1>
      <p class="kern-body--large">${receipt.intro}</p>
      ${facts(receipt.rows)}
      ${receipt.notes.map((note) => html`<p class="kern-body">${note}</p>`)}
      <h2 class="kern-heading-medium">${privacy.heading}</h2>
      ${facts(privacy.rows)}
      <h3 class="kern-heading-small">${privacy.consentsHeading}</h3>
      ${
        privacy.consents.length > 0
          ? html`<ul class="kern-list">${privacy.consents.map((line) => html`<li>${line}</li>`)}</ul>`
          : ''
      }
      <p class="kern-body">${privacy.consentsNote}</p>
    </article>
    <div class="festplatz-receipt__actions">
      <p class="kern-body">${t.printHint}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/api/v1/me/applications/${id}/receipt.pdf?lang=${v.lang}" download
            type="application/pdf">${t.downloadPdf}</a>
        </li>
        <li><a class="kern-link" href="/applications/${id}">${t.backToCase}</a></li>
      </ul>
    </div>`,
  });
}
