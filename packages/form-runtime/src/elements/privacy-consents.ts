import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { FormPrivacy, PrivacyChoice } from '../api/privacy.ts';
import { type Lang, resolveLang } from '../i18n/lang.ts';
import { format, messagesFor } from '../i18n/messages.ts';

let instances = 0;

/** The information text as paragraphs (blank lines) and lines (single line breaks), no markup interpreted. */
function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\n{2,}/)
    .map(
      (block) =>
        html`<p class="kern-body">${block.split('\n').map((line, i) => (i ? html`<br>${line}` : line))}</p>`,
    );
}

/**
 * `<festplatz-privacy-consents .privacy=${…} lang="de">`: the Art. 13 information as a disclosure with the full
 * text and its version (DS-2), and each optional consent as its own checkbox, never ticked in advance (DS-1).
 * Consents are not form data: the form asks `choice()` when it submits, and the server stores them apart, with
 * the text version and time, so they can be withdrawn later without touching the submitted application.
 */
export class FestplatzPrivacyConsents extends LitElement {
  static override properties = {
    privacy: { attribute: false },
    language: { type: String, attribute: 'lang' },
  };

  declare privacy: FormPrivacy | null;
  declare language: string | null;

  private readonly ids = `festplatz-privacy-${++instances}`;

  constructor() {
    super();
    this.privacy = null;
    this.language = null;
  }

  /** Light DOM: KERN's CSS applies and labels share the page's ID scope. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get uiLang(): Lang {
    return resolveLang(
      this.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    );
  }

  /** The information version shown and the consents ticked right now; null before the privacy data is set. */
  choice(): PrivacyChoice | null {
    if (!this.privacy) return null;
    const ticked = new Set(
      [...this.querySelectorAll<HTMLInputElement>('input[data-consent]:checked')].map((box) => box.value),
    );
    return {
      privacyNoticeVersion: this.privacy.information.version,
      consents: this.privacy.consents
        .filter((c) => ticked.has(c.id))
        .map((c) => ({ id: c.id, textVersion: c.textVersion })),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const privacy = this.privacy;
    if (!privacy) return nothing;
    const t = messagesFor(this.uiLang).caseStatus;
    const id = this.ids;
    return html`<section class="festplatz-privacy" aria-labelledby="${id}-title">
      <h3 class="kern-heading-small" id="${id}-title">${t.privacyTitle}</h3>
      <p class="kern-body">${t.privacyIntro}</p>
      <details class="festplatz-privacy__information">
        <summary class="kern-link">${format(t.privacyShow, { version: privacy.information.version })}</summary>
        <div class="festplatz-privacy__text">${paragraphs(privacy.information.text)}</div>
      </details>
      ${
        privacy.consents.length === 0
          ? nothing
          : html`<fieldset class="kern-fieldset festplatz-privacy__consents" aria-describedby="${id}-hint">
              <legend class="kern-label">${t.consentsLegend}</legend>
              <div class="kern-hint" id="${id}-hint">${t.consentsHint}</div>
              <div class="kern-fieldset__body">
                ${privacy.consents.map(
                  (c) => html`<div class="kern-form-check">
                    <input type="checkbox" class="kern-form-check__checkbox" id="${id}-${c.id}" value=${c.id}
                      data-consent aria-describedby="${id}-${c.id}-text">
                    <label class="kern-label" for="${id}-${c.id}">${c.title}</label>
                    <div class="kern-hint" id="${id}-${c.id}-text">${c.text}</div>
                  </div>`,
                )}
              </div>
            </fieldset>`
      }
    </section>`;
  }
}

/** The privacy choice of the block inside `root` (the form element), or nothing when there is none. */
export function privacyChoiceIn(root: ParentNode): PrivacyChoice | undefined {
  return root.querySelector<FestplatzPrivacyConsents>('festplatz-privacy-consents')?.choice() ?? undefined;
}
