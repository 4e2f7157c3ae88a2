import { html } from 'hono/html';
import { layout } from './layout.ts';
import type { Html, ViewContext } from './view.ts';

/**
 * `/apply/:editionId`: hosts the applicant form element (light DOM, so KERN CSS applies). The element names the
 * edition in an h2 of its own, because pages that embed it bring their own h1.
 */
export function applyPage(
  v: ViewContext,
  edition: { id: string; title: string },
  notice: Html | '' = '',
): Html {
  return layout(v, {
    title: v.t.apply.title(edition.title),
    script: 'elements',
    main: html`<h1 class="kern-heading-large">${v.t.apply.heading}</h1>
      ${notice}
      <festplatz-application-form edition="${edition.id}" lang="${v.lang}">
        <noscript><p class="kern-body">${v.t.apply.noScript}</p></noscript>
      </festplatz-application-form>`,
  });
}

/** `/admin`: hosts the staff list element. */
export function adminListPage(v: ViewContext): Html {
  return layout(v, {
    title: v.t.admin.title,
    script: 'admin',
    main: html`<h1 class="kern-heading-large">${v.t.admin.title}</h1>
      <festplatz-application-list lang="${v.lang}"></festplatz-application-list>`,
  });
}

/**
 * `/admin/applications/:id`: hosts the staff case view element (it renders its own h1 and back link) and the
 * case's message thread, whose element comes with the applicant bundle (loaded here too: one element does not
 * justify making the staff bundle depend on the form runtime).
 */
export function adminDetailPage(v: ViewContext, applicationId: string): Html {
  return layout(v, {
    title: v.t.admin.detailTitle,
    script: 'admin',
    main: html`<festplatz-application-detail application-id="${applicationId}" lang="${v.lang}"></festplatz-application-detail>
      <section class="festplatz-case__section" aria-labelledby="case-messages">
        <h2 class="kern-heading-medium" id="case-messages">${v.t.admin.messagesHeading}</h2>
        <festplatz-messages application="${applicationId}" side="staff" lang="${v.lang}"></festplatz-messages>
      </section>
      <script type="module" src="/assets/festplatz-elements.js"></script>`,
  });
}

/** Signed in, but without a staff role: a page (not a problem document) since a person reads it. */
export function forbiddenPage(v: ViewContext): Html {
  return layout(v, {
    title: v.t.admin.forbiddenTitle,
    main: html`<h1 class="kern-heading-large">${v.t.admin.forbiddenTitle}</h1>
      <p class="kern-body">${v.t.admin.forbiddenText}</p>
      <p><a class="kern-link" href="/">${v.t.layout.home}</a></p>`,
  });
}
