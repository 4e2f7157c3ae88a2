import { html, type TemplateResult } from 'lit';
import type { FormPrivacy } from '../../api/privacy.ts';
import type { Lang } from '../../i18n/lang.ts';
import { wizardMessages } from '../../i18n/wizard.ts';

/** What the section before the submit button shows. */
export interface FinalSectionState {
  privacy: FormPrivacy | null;
  /** The server draft this form writes to; documents can only be attached to a case that exists. */
  draftId: string | undefined;
  apiBase: string;
  lang: Lang;
  /** Unique on the page, for the heading's id. */
  idPrefix: string;
}

/**
 * The last wizard page's section right before "Bewerbung absenden": the Art. 13 information with the optional
 * consents (DS-1, DS-2), then the documents to hand in with the application (DOC-8 `due: with_application`),
 * uploaded into the draft, which becomes the case when it is submitted. Rendered by lit into a node the React form
 * hosts, so the elements keep their state (chosen files, ticked consents) across React renders.
 */
export function finalSectionTemplate(state: FinalSectionState): TemplateResult {
  const w = wizardMessages(state.lang);
  const titleId = `${state.idPrefix}-documents-title`;
  return html`<festplatz-privacy-consents .privacy=${state.privacy} lang=${state.lang}></festplatz-privacy-consents>
    <section class="festplatz-application-documents" aria-labelledby=${titleId}>
      <h3 class="kern-heading-small" id=${titleId}>${w.documentsTitle}</h3>
      ${
        state.draftId
          ? html`<festplatz-documents application=${state.draftId} api-base=${state.apiBase} lang=${state.lang}></festplatz-documents>`
          : html`<p class="kern-body festplatz-documents-later">${w.documentsAfterDraft}</p>`
      }
    </section>`;
}
