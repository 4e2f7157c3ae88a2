import { html } from 'hono/html';
import { layout } from './layout.ts';
import type { Html, ViewContext } from './view.ts';

/** What the case page needs to know about the applicant's own case. */
export interface CasePage {
  id: string;
  editionTitle: string;
  /** Submitted cases have a receipt (DATE-1); drafts do not yet. */
  submitted: boolean;
}

/** A titled region of the case page (a landmark with its heading, so screen readers can jump between them). */
function region(id: string, title: string, content: Html | string): Html {
  return html`<section class="festplatz-case__section" aria-labelledby="${id}">
    <h2 class="kern-heading-medium" id="${id}">${title}</h2>
    ${content}
  </section>`;
}

function receiptLinks(v: ViewContext, c: CasePage): Html {
  const t = v.t.applicantCase;
  if (!c.submitted) return html`<p class="kern-body">${t.noReceiptYet}</p>`;
  const id = encodeURIComponent(c.id);
  return html`<p class="kern-body">${t.receiptIntro}</p>
    <ul class="kern-list festplatz-case__receipt-links">
      <li><a class="kern-link" href="/applications/${id}/receipt">${t.showReceipt}</a></li>
      <li>
        <a class="kern-link" href="/api/v1/me/applications/${id}/receipt.pdf?lang=${v.lang}" download
          type="application/pdf">${t.downloadReceipt}</a>
      </li>
    </ul>`;
}

/**
 * `/applications/:id`: the applicant's own case. It hosts the status element (where the case stands, what is
 * expected next, the consents in force), the documents and messages elements, and the receipt links.
 */
export function applicationPage(v: ViewContext, c: CasePage): Html {
  const t = v.t.applicantCase;
  return layout(v, {
    title: t.pageTitle(c.editionTitle),
    script: 'elements',
    main: html`<h1 class="kern-heading-large">${t.heading(c.editionTitle)}</h1>
      <p class="kern-body">${t.caseNumber}: <code>${c.id}</code></p>
      ${region(
        'case-status',
        t.statusHeading,
        html`<festplatz-application-status application="${c.id}" lang="${v.lang}"></festplatz-application-status>`,
      )}
      ${region(
        'case-documents',
        t.documentsHeading,
        html`<festplatz-documents application="${c.id}" lang="${v.lang}"></festplatz-documents>`,
      )}
      ${region(
        'case-messages',
        t.messagesHeading,
        html`<festplatz-messages application="${c.id}" lang="${v.lang}"></festplatz-messages>`,
      )}
      ${region('case-receipt', t.receiptHeading, receiptLinks(v, c))}
      <p><a class="kern-link" href="/">${t.backToOverview}</a></p>`,
  });
}

/** A case that does not exist or is someone else's: a page (a person reads it), answered with 404. */
export function caseNotFoundPage(v: ViewContext): Html {
  const t = v.t.applicantCase;
  return layout(v, {
    title: t.notFoundTitle,
    main: html`<h1 class="kern-heading-large">${t.notFoundTitle}</h1>
      <p class="kern-body">${t.notFoundText}</p>
      <p><a class="kern-link" href="/">${t.backToOverview}</a></p>`,
  });
}
