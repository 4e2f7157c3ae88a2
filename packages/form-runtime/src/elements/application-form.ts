import type { ErrorSchema } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fetchEditionForm, submitApplication } from '../api/client.ts';
import { errorSchemaFromPointers, pointerToPath } from '../api/pointer.ts';
import { signInUrl } from '../api/sign-in.ts';
import type { EditionForm, SubmittedApplication } from '../api/types.ts';
import { formatBerlinDateTime } from '../format/date-time.ts';
import { type Lang, resolveLang } from '../i18n/lang.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { fieldIdFromPath } from '../theme/error-target.ts';
import { prepareSchema } from '../validation/prepare-schema.ts';
import { loadValidatorFunctions } from '../validation/validator.ts';
import { FormView } from './form-view.tsx';

/** The phases of the element, as values so templates and tests can name them. */
export const FORM_STATUS = {
  loading: 'loading',
  loadError: 'load-error',
  ready: 'ready',
  submitted: 'submitted',
} as const;
/** One of FORM_STATUS. */
export type FormStatus = (typeof FORM_STATUS)[keyof typeof FORM_STATUS];

/** A danger alert above the form: a text, optionally with the sign-in link. */
type Alert = { text: string; signIn: boolean };

/**
 * `<festplatz-application-form edition="allerheiligenkirmes-2026" api-base="" lang="de">`: loads the edition's form
 * from the server, renders it with RJSF in KERN markup (light DOM, so the page's KERN CSS applies) and submits it.
 * Fires `festplatz-submitted` (bubbles, composed; detail = `{ id, state, submittedAt, editionId }`) on success.
 */
export class FestplatzApplicationForm extends LitElement {
  static override properties = {
    edition: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    // Named `language` because `lang` is HTMLElement's own property; the attribute is still `lang`.
    language: { type: String, attribute: 'lang' },
    status: { state: true },
    form: { state: true },
    alert: { state: true },
    receipt: { state: true },
    busy: { state: true },
    extraErrors: { state: true },
  };

  declare edition: string;
  declare apiBase: string;
  declare language: string | null;
  declare status: FormStatus;
  declare form: EditionForm | null;
  declare alert: Alert | null;
  declare receipt: SubmittedApplication | null;
  declare busy: boolean;
  declare extraErrors: ErrorSchema | undefined;

  /** The applicant's answers; kept outside reactive state so typing does not re-render the lit template. */
  private data: unknown = undefined;
  /** The server-compiled validators of `form.schema`, loaded together with it. */
  private validateFns: ValidatorFunctions = {};
  /** One key per form on the page: every retry of its submission carries it, so the server stores it once. */
  private readonly submissionKey = crypto.randomUUID();
  private reactRoot: Root | null = null;
  private mountPoint: HTMLDivElement | null = null;
  private focusRequest: { id: string; seq: number } | null = null;
  private loadSeq = 0;

  constructor() {
    super();
    this.edition = '';
    this.apiBase = '';
    this.language = null;
    this.status = FORM_STATUS.loading;
    this.form = null;
    this.alert = null;
    this.receipt = null;
    this.busy = false;
    this.extraErrors = undefined;
  }

  /** Light DOM: KERN's global CSS must reach the markup, and labels must stay in the page's accessibility tree. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the React root was unmounted on disconnect, so render it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unmountForm();
  }

  /** The language of this form: own `lang` attribute, else the nearest ancestor's, else the document's. */
  get uiLang(): Lang {
    const tagged =
      this.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return resolveLang(tagged);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('edition') || changed.has('apiBase') || changed.has('language')) void this.load();
  }

  protected override updated(): void {
    if (this.status === FORM_STATUS.ready) this.renderForm();
    else this.unmountForm();
    if (this.status === FORM_STATUS.submitted) this.querySelector<HTMLElement>('.festplatz-receipt')?.focus();
  }

  /** Loads (or reloads, e.g. after a language change) the form; answers already typed are kept. */
  async load(): Promise<void> {
    const seq = ++this.loadSeq;
    const t = messagesFor(this.uiLang).ui;
    if (!this.edition) {
      this.status = FORM_STATUS.loadError;
      this.alert = { text: t.missingEdition, signIn: false };
      return;
    }
    this.status = FORM_STATUS.loading;
    this.alert = null;
    const result = await fetchEditionForm(this.apiBase, this.edition, this.uiLang);
    const validateFns = result.ok ? await this.loadValidators(result.form) : null;
    if (seq !== this.loadSeq) return; // a newer load (other edition or language) has started meanwhile
    if (result.ok && validateFns) {
      this.validateFns = validateFns;
      this.form = {
        ...result.form,
        schema: prepareSchema(result.form.schema),
        uiSchema: result.form.uiSchema ?? {},
      };
      this.status = FORM_STATUS.ready;
    } else {
      this.status = FORM_STATUS.loadError;
      this.alert = { text: (!result.ok && result.problem?.detail) || t.loadFailed, signIn: false };
    }
  }

  /** The form's server-compiled validators (resolved like `fetch` resolves API URLs), or null if they fail to load. */
  private async loadValidators(form: EditionForm): Promise<ValidatorFunctions | null> {
    try {
      return await loadValidatorFunctions(
        new URL(`${this.apiBase}${form.validatorUrl}`, document.baseURI).href,
      );
    } catch {
      return null; // shown like a failed form request: the applicant can try again
    }
  }

  private async submit(data: unknown): Promise<void> {
    if (this.busy || !this.form) return;
    const lang = this.uiLang;
    const t = messagesFor(lang).ui;
    this.data = data;
    this.busy = true;
    this.alert = null;
    this.extraErrors = undefined;
    const outcome = await submitApplication(this.apiBase, this.edition, data, lang, this.submissionKey);
    this.busy = false;
    switch (outcome.kind) {
      case 'created':
        this.receipt = outcome.application;
        this.status = FORM_STATUS.submitted;
        this.dispatchEvent(
          new CustomEvent('festplatz-submitted', {
            detail: outcome.application,
            bubbles: true,
            composed: true,
          }),
        );
        return;
      case 'invalid': {
        // The server is authoritative: show its messages at the fields and in the summary, focus the first one.
        this.extraErrors = errorSchemaFromPointers(outcome.problem.errors);
        const first = outcome.problem.errors[0];
        if (first) this.focusRequest = { id: fieldIdFromPath(pointerToPath(first.pointer)), seq: Date.now() };
        return;
      }
      case 'unauthenticated':
        this.alert = { text: t.signInRequired, signIn: true };
        return;
      case 'problem':
        this.alert = {
          text: outcome.problem.detail || outcome.problem.title || t.unknownProblem,
          signIn: false,
        };
        return;
      case 'network':
        this.alert = { text: t.networkError, signIn: false };
        return;
    }
  }

  private renderForm(): void {
    if (!this.form || !this.mountPoint) return;
    this.reactRoot ??= createRoot(this.mountPoint);
    this.reactRoot.render(
      createElement(FormView, {
        schema: this.form.schema,
        validateFns: this.validateFns,
        uiSchema: this.form.uiSchema,
        lang: this.uiLang,
        formData: this.data,
        extraErrors: this.extraErrors,
        busy: this.busy,
        focus: this.focusRequest,
        onChange: (data: unknown) => {
          this.data = data;
        },
        onSubmit: (data: unknown) => void this.submit(data),
      }),
    );
  }

  private unmountForm(): void {
    this.reactRoot?.unmount();
    this.reactRoot = null;
  }

  /** The container React renders into; created once so lit never replaces the node under React's feet. */
  private get formHost(): HTMLDivElement {
    this.mountPoint ??= document.createElement('div');
    this.mountPoint.className = 'festplatz-form-host';
    return this.mountPoint;
  }

  protected override render(): TemplateResult {
    const t = messagesFor(this.uiLang).ui;
    switch (this.status) {
      case FORM_STATUS.loading:
        return html`<div class="festplatz-loading" role="status" aria-live="polite">
          <div class="kern-loader kern-loader--visible" aria-hidden="true"></div>
          <p class="kern-body">${t.loading}</p>
        </div>`;
      case FORM_STATUS.loadError:
        return html`${this.alertTemplate(t)}
          <button type="button" class="kern-btn kern-btn--secondary" @click=${() => this.load()}>
            <span class="kern-label">${t.tryAgain}</span>
          </button>`;
      case FORM_STATUS.submitted:
        return this.receiptTemplate(t);
      default:
        return html`${this.form ? html`<h2 class="kern-heading-medium">${this.form.title}</h2>` : nothing}
          ${this.form?.demoNotice ? this.demoNoticeTemplate(t, this.form.demoNotice) : nothing}
          <p class="kern-body festplatz-required-note">${t.requiredNote}</p>
          ${this.alertTemplate(t)} ${this.formHost}`;
    }
  }

  private demoNoticeTemplate(t: Messages['ui'], notice: string): TemplateResult {
    return html`<div class="kern-alert kern-alert--info" role="note">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
        <span class="kern-title">${t.demoNoticeTitle}</span>
      </div>
      <div class="kern-alert__body"><p class="kern-body">${notice}</p></div>
    </div>`;
  }

  private alertTemplate(t: Messages['ui']): TemplateResult | typeof nothing {
    if (!this.alert) return nothing;
    const link = this.alert.signIn
      ? html`<p class="kern-body">
          <a class="kern-link" href=${signInUrl(this.apiBase, `${location.pathname}${location.search}`)}
            >${t.signInLink}</a
          >
        </p>`
      : nothing;
    const title = this.status === FORM_STATUS.loadError ? t.loadFailed : t.submitFailedTitle;
    return html`<div class="kern-alert kern-alert--danger festplatz-alert" role="alert">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
        <span class="kern-title">${title}</span>
      </div>
      <div class="kern-alert__body"><p class="kern-body">${this.alert.text}</p>${link}</div>
    </div>`;
  }

  private receiptTemplate(t: Messages['ui']): TemplateResult {
    const receipt = this.receipt;
    return html`<div class="kern-alert kern-alert--success festplatz-receipt" role="status" tabindex="-1">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--success" aria-hidden="true"></span>
        <span class="kern-title">${t.successTitle}</span>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">${t.receiptNumber}: <strong>${receipt?.id}</strong></p>
        ${
          receipt?.submittedAt
            ? html`<p class="kern-body">${t.receivedAt} ${formatBerlinDateTime(receipt.submittedAt, this.uiLang)}</p>`
            : nothing
        }
      </div>
    </div>`;
  }
}
