import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type CaseConsent, type CaseStatus, fetchCaseStatus, withdrawConsent } from '../api/case-status.ts';
import { formatBerlinDateTime } from '../format/date-time.ts';
import { type Lang, resolveLang } from '../i18n/lang.ts';
import { format, type Messages, messagesFor } from '../i18n/messages.ts';
import { consentList } from './case-status/consent-list.ts';
import { type NextStep, nextStepOf } from './case-status/next-step.ts';

let instances = 0;

/**
 * `<festplatz-application-status application="…" api-base="" lang="de">`: where the applicant's own case
 * stands (state, time of receipt in Europe/Berlin, DATE-1), what is expected of them next in plain words,
 * and their optional consents with a button to withdraw each (DS-1), confirmed in a polite live region.
 * Reads `GET /api/v1/me/applications/:id`; light DOM, KERN classes.
 */
export class FestplatzApplicationStatus extends LitElement {
  static override properties = {
    application: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    // Named `language` because `lang` is HTMLElement's own property; the attribute is still `lang`.
    language: { type: String, attribute: 'lang' },
    status: { state: true },
    loadFailed: { state: true },
    busy: { state: true },
    announcement: { state: true },
  };

  declare application: string;
  declare apiBase: string;
  declare language: string | null;
  declare status: CaseStatus | null;
  declare loadFailed: boolean;
  /** The consent id being withdrawn, or null. */
  declare busy: string | null;
  declare announcement: string;

  private readonly ids = `festplatz-status-${++instances}`;
  private loadSeq = 0;

  constructor() {
    super();
    this.application = '';
    this.apiBase = '';
    this.language = null;
    this.status = null;
    this.loadFailed = false;
    this.busy = null;
    this.announcement = '';
  }

  /** Light DOM: KERN's global CSS must reach the markup. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Own `lang` attribute, else the nearest ancestor's, else the document's. */
  get uiLang(): Lang {
    return resolveLang(
      this.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('application') || changed.has('apiBase') || changed.has('language')) void this.load();
  }

  /** Loads (or reloads) the case. */
  async load(): Promise<void> {
    const seq = ++this.loadSeq;
    if (!this.application) return;
    const result = await fetchCaseStatus(this.apiBase, this.application, this.uiLang);
    if (seq !== this.loadSeq) return; // a newer load has started meanwhile
    this.status = result.ok ? result.value : null;
    this.loadFailed = !result.ok;
  }

  private async withdraw(consent: CaseConsent): Promise<void> {
    if (this.busy || !this.status) return;
    const t = messagesFor(this.uiLang).caseStatus;
    this.busy = consent.id;
    this.announcement = t.withdrawing;
    const result = await withdrawConsent(this.apiBase, this.application, consent.id, this.uiLang);
    this.busy = null;
    if (result.ok && this.status) {
      const updated = result.value;
      this.status = {
        ...this.status,
        consents: this.status.consents.map((c) => (c.id === updated.id ? updated : c)),
      };
      this.announcement = format(t.withdrawDone, { title: consent.title });
    } else {
      this.announcement = t.withdrawFailed;
    }
    // The button is gone (or failed): focus moves to the confirmation, so keyboard users are not lost.
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${this.ids}-live`)?.focus();
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const t = messagesFor(lang).caseStatus;
    const live = html`<p id="${this.ids}-live" class="kern-body festplatz-case-status__live" role="status"
      aria-live="polite" tabindex="-1">${this.announcement}</p>`;
    if (this.loadFailed) {
      return html`<div class="kern-alert kern-alert--danger" role="alert">
        <div class="kern-alert__body"><p class="kern-body">${t.loadFailed}</p></div>
      </div>`;
    }
    const s = this.status;
    if (!s) return html`<p class="kern-body" role="status" aria-live="polite">${t.loading}</p>`;
    return html`<div class="festplatz-case-status">
      <dl class="festplatz-case-status__facts">
        <dt class="kern-body kern-body--bold">${t.state}</dt>
        <dd class="kern-body festplatz-case-status__state">${s.stateLabel}</dd>
        ${
          s.submittedAt
            ? html`<dt class="kern-body kern-body--bold">${t.submittedAt}</dt>
                <dd class="kern-body">${formatBerlinDateTime(s.submittedAt, lang)}</dd>`
            : nothing
        }
      </dl>
      ${this.nextStepTemplate(nextStepOf(s, t, lang), t)}
      <h3 class="kern-heading-small">${t.consentsTitle}</h3>
      ${consentList(s.consents, t, lang, this.busy, this.ids, (c) => void this.withdraw(c))}
      ${live}
    </div>`;
  }

  private nextStepTemplate(next: NextStep, t: Messages['caseStatus']): TemplateResult {
    return html`<div class="kern-alert kern-alert--info festplatz-case-status__next">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
        <h3 class="kern-title">${t.nextStepTitle}</h3>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">${next.text}</p>
        ${next.items.length > 0 ? html`<ul class="kern-list">${next.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
        ${next.more.map((line) => html`<p class="kern-body">${line}</p>`)}
        ${next.link ? html`<p class="kern-body"><a class="kern-link" href=${next.link.href}>${next.link.label}</a></p>` : nothing}
      </div>
    </div>`;
  }
}
