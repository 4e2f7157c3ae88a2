import type { ErrorSchema } from '@rjsf/utils';
import {
  html,
  LitElement,
  nothing,
  type PropertyValues,
  render as renderTemplate,
  type TemplateResult,
} from 'lit';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fetchEditionForm, submitApplication } from '../api/client.ts';
import { fetchLatestDraft, type SavedDraft, saveDraft } from '../api/drafts.ts';
import { errorSchemaFromPointers, pointerToPath } from '../api/pointer.ts';
import type { EditionForm, SubmittedApplication } from '../api/types.ts';
import { type AutosaveStatus, DraftAutosave } from '../drafts/autosave.ts';
import { autosaveStatusText } from '../drafts/status-text.ts';
import { type Lang, resolveLang } from '../i18n/lang.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { fieldIdFromPath } from '../theme/error-target.ts';
import { prepareSchema } from '../validation/prepare-schema.ts';
import { precompiledValidator } from '../validation/validator.ts';
import { ApplyAgainController } from './apply-again.ts';
import { demoNoticeAlert, problemAlert, receiptAlert, restoredDraftAlert } from './form-notices.ts';
import { FormView, type PageChange } from './form-view.tsx';
import { privacyChoiceIn } from './privacy-consents.ts';
import { finalSectionTemplate } from './wizard/final-section.ts';
import { type FocusRequest, focusRequest } from './wizard/focus-request.ts';
import { resumePageIndex } from './wizard/form-errors.ts';
import { firstPageWith, topLevelField, type WizardPage, wizardPages } from './wizard/pages.ts';
import { ValidatorLoader } from './wizard/validator-loader.ts';

/** The phases of the element, as values so templates and tests can name them. */
export const FORM_STATUS = {
  loading: 'loading',
  loadError: 'load-error',
  ready: 'ready',
  submitted: 'submitted',
} as const;
/** One of FORM_STATUS. */
export type FormStatus = (typeof FORM_STATUS)[keyof typeof FORM_STATUS];

let instances = 0;

/** A danger alert above the form: a text, optionally with the sign-in link. */
type Alert = { text: string; signIn: boolean };

/**
 * `<festplatz-application-form edition="allerheiligenkirmes-2026" api-base="" lang="de">`: loads the edition's form
 * from the server, renders it with RJSF in KERN markup (light DOM, so the page's KERN CSS applies) one wizard page at
 * a time, autosaves it as a server draft (restored when the applicant comes back) and submits it.
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
    pageIndex: { state: true },
    draftStatus: { state: true },
    restoredAt: { state: true },
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
  declare pageIndex: number;
  declare draftStatus: AutosaveStatus;
  /** When the restored draft was saved (ISO), shown until the applicant moves to another page. */
  declare restoredAt: string | null;

  /** The applicant's answers; kept outside reactive state so typing does not re-render the lit template. */
  private data: unknown = undefined;
  /** The server-compiled validators of `form.schema`, loaded while page 1 shows. */
  private readonly validators = new ValidatorLoader(() => this.requestUpdate());
  /** One key per form on the page: every retry of its submission carries it, so the server stores it once. */
  private readonly submissionKey = crypto.randomUUID();
  private reactRoot: Root | null = null;
  private mountPoint: HTMLDivElement | null = null;
  /** The last page's section before the submit button; lit renders into it, the React form hosts it. */
  private readonly finalSection = document.createElement('div');
  private readonly ids = `festplatz-application-form-${++instances}`;
  private focusRequest: FocusRequest | null = null;
  private loadSeq = 0;
  /** "Apply again" (apply-again.ts): fills the form from the applicant's last application of this event type. */
  private readonly applyAgain = new ApplyAgainController(this, (data) => {
    this.data = data;
    this.autosave?.changed(data);
    this.requestUpdate();
  });
  /** The wizard pages of the loaded form (one page without fields when the form has none). */
  private pages: WizardPage[] = wizardPages(undefined);
  private autosave: DraftAutosave | null = null;
  private readonly onVisibilityChange = () => {
    // Leaving the tab (or the phone locking) may be the last chance before the session ends: save now.
    if (document.visibilityState === 'hidden') void this.autosave?.flush({ keepalive: true });
  };

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
    this.pageIndex = 0;
    this.draftStatus = { kind: 'idle' };
    this.restoredAt = null;
  }

  /** Light DOM: KERN's global CSS must reach the markup, and labels must stay in the page's accessibility tree. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // Moved in the DOM: the React root was unmounted on disconnect, so render it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    void this.autosave?.flush({ keepalive: true });
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
    // Form and draft are asked for at once ("apply again" asks for its prefill meanwhile, see ApplyAgainController);
    // the validators follow as soon as the form names them. Answers already typed win over a stored draft (a
    // language change reloads the form, not the answers).
    const formRequest = fetchEditionForm(this.apiBase, this.edition, this.uiLang);
    const draftRequest =
      this.data === undefined
        ? fetchLatestDraft(this.apiBase, this.edition, this.uiLang)
        : Promise.resolve(null);
    const result = await formRequest;
    if (seq !== this.loadSeq) return; // a newer load (other edition or language) has started meanwhile
    this.validators.reset();
    if (result.ok) void this.validators.load(this.validatorUrl(result.form));
    const draft = await draftRequest;
    // Only continuing a draft needs the validators before showing a page: they find the page to continue on.
    const validateFns =
      draft && this.validators.pending ? await this.validators.pending : this.validators.fns;
    if (seq !== this.loadSeq) return;
    if (result.ok && (!draft || validateFns)) {
      this.form = {
        ...result.form,
        schema: prepareSchema(result.form.schema),
        uiSchema: result.form.uiSchema ?? {},
      };
      this.pages = wizardPages(result.form.pages);
      this.startAutosave();
      if (draft) this.restore(draft);
      this.pageIndex = Math.min(this.pageIndex, this.pages.length - 1);
      this.status = FORM_STATUS.ready;
    } else {
      this.status = FORM_STATUS.loadError;
      this.alert = { text: (!result.ok && result.problem?.detail) || t.loadFailed, signIn: false };
    }
  }

  /** Where the form's validator module is, resolved like `fetch` resolves API URLs. */
  private validatorUrl(form: EditionForm): string {
    return new URL(`${this.apiBase}${form.validatorUrl}`, document.baseURI).href;
  }

  /** "Weiter" or submit before the validators arrived: wait for them (the form goes on), or say they failed. */
  private async awaitValidator(): Promise<void> {
    if (!this.form || this.busy) return;
    this.busy = true;
    this.alert = null;
    const fns = await this.validators.load(this.validatorUrl(this.form));
    this.busy = false;
    if (!fns) this.alert = { text: messagesFor(this.uiLang).ui.loadFailed, signIn: false };
  }

  /** One autosave per edition; a language change keeps it (and the draft it writes to). */
  private startAutosave(): void {
    if (this.autosave?.editionId === this.edition) return;
    this.autosave?.dispose();
    this.draftStatus = { kind: 'idle' };
    this.autosave = new DraftAutosave({
      editionId: this.edition,
      save: (save) => saveDraft(this.apiBase, this.uiLang, save),
      onStatus: (status) => {
        this.draftStatus = status;
      },
    });
  }

  /** Continues the applicant's draft: its answers, on the first page with something still to do. */
  private restore(draft: SavedDraft): void {
    if (!this.form) return;
    this.autosave?.resume(draft);
    this.data = draft.data;
    this.restoredAt = draft.savedAt;
    if (!this.validators.fns) return;
    const validator = precompiledValidator(this.validators.fns, this.form.schema, this.uiLang);
    this.pageIndex = resumePageIndex(this.pages, validator, this.form.schema, draft.data);
  }

  private changePage(index: number, why: PageChange): void {
    this.pageIndex = index;
    this.restoredAt = null;
    this.focusRequest = focusRequest(why === 'errors' ? { target: 'page-errors' } : { target: 'heading' });
    void this.autosave?.flush();
  }

  private async submit(data: unknown): Promise<void> {
    if (this.busy || !this.form) return;
    const lang = this.uiLang;
    const t = messagesFor(lang).ui;
    this.data = data;
    this.busy = true;
    this.alert = null;
    this.extraErrors = undefined;
    // The draft becomes the case; no draft save may run after (or alongside) the submission.
    const draftId = await this.autosave?.settle();
    const outcome = await submitApplication(this.apiBase, this.edition, data, lang, this.submissionKey, {
      draftId,
      privacy: privacyChoiceIn(this),
    });
    this.busy = false;
    if (outcome.kind === 'created') this.autosave?.dispose();
    else this.autosave?.restart();
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
        if (first) {
          const path = pointerToPath(first.pointer);
          const page = firstPageWith(this.pages, [topLevelField(`.${path.join('.')}`)]);
          if (page >= 0) this.pageIndex = page;
          this.focusRequest = focusRequest({ target: 'field', id: fieldIdFromPath(path) });
        }
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
    renderTemplate(
      finalSectionTemplate({
        privacy: this.form.privacy ?? null,
        draftId: this.autosave?.id,
        apiBase: this.apiBase,
        lang: this.uiLang,
        idPrefix: this.ids,
      }),
      this.finalSection,
    );
    this.reactRoot ??= createRoot(this.mountPoint);
    this.reactRoot.render(
      createElement(FormView, {
        schema: this.form.schema,
        validateFns: this.validators.fns,
        uiSchema: this.form.uiSchema,
        lang: this.uiLang,
        formData: this.data,
        extraErrors: this.extraErrors,
        busy: this.busy,
        focus: this.focusRequest,
        pages: this.pages,
        pageIndex: this.pageIndex,
        onChange: (data: unknown, byApplicant: boolean) => {
          this.data = data;
          if (byApplicant) this.autosave?.changed(data);
        },
        onPageChange: (index: number, why: PageChange) => this.changePage(index, why),
        onSubmit: (data: unknown) => void this.submit(data),
        awaitValidator: () => void this.awaitValidator(),
        finalSection: this.finalSection,
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
        return html`${this.problemTemplate(t)}
          <button type="button" class="kern-btn kern-btn--secondary" @click=${() => this.load()}>
            <span class="kern-label">${t.tryAgain}</span>
          </button>`;
      case FORM_STATUS.submitted:
        return receiptAlert(t, this.receipt, this.apiBase, this.uiLang);
      default:
        return html`${this.form ? html`<h2 class="kern-heading-medium">${this.form.title}</h2>` : nothing}
          ${this.form?.demoNotice ? demoNoticeAlert(t, this.form.demoNotice) : nothing}
          ${this.applyAgain.render()} ${this.restoredAt ? restoredDraftAlert(this.restoredAt, this.uiLang) : nothing}
          <p class="kern-body festplatz-required-note">${t.requiredNote}</p>
          ${this.problemTemplate(t)} ${this.formHost}
          <p class="kern-body kern-body--small festplatz-draft-status" role="status">
            ${autosaveStatusText(this.draftStatus, this.uiLang)}
          </p>`;
    }
  }

  private problemTemplate(t: Messages['ui']): TemplateResult | typeof nothing {
    if (!this.alert) return nothing;
    const title = this.status === FORM_STATUS.loadError ? t.loadFailed : t.submitFailedTitle;
    return problemAlert(t, { title, ...this.alert }, this.apiBase);
  }
}
