import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { apiUrl, requestJson } from '../api/client.ts';
import type { AdminCaseDocument, AdminDocumentKind, AdminDocumentOverview } from '../api/document-types.ts';
import type { Problem } from '../api/problem.ts';
import { LangController } from '../controllers/lang-controller.ts';
import { documentFacts } from '../format/document-facts.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { loadingTemplate } from '../templates/loading.ts';
import { problemAlert } from '../templates/problem-alert.ts';

let instances = 0;

/**
 * `<festplatz-case-documents application-id="…" api-base="">`: the documents of one case for staff (DOC-1..8):
 * per kind the files (download links), their validity with a warning when it does not cover the event days
 * (DOC-2) and their review status; admin, clerk and reviewer accept or reject a file (a rejection needs a reason,
 * which the applicant sees). Outcomes are announced in a polite live region; focus stays on the file's row.
 */
export class FestplatzCaseDocuments extends LitElement {
  static override properties = {
    applicationId: { type: String, attribute: 'application-id' },
    apiBase: { type: String, attribute: 'api-base' },
    overview: { state: true },
    problem: { state: true },
    rejecting: { state: true },
    noteError: { state: true },
    busy: { state: true },
    announcement: { state: true },
  };

  declare applicationId: string;
  declare apiBase: string;
  declare private overview: AdminDocumentOverview | null;
  declare private problem: Problem | null;
  /** The document whose rejection form is open. */
  declare private rejecting: string | null;
  declare private noteError: boolean;
  declare private busy: boolean;
  declare private announcement: string;

  readonly #lang = new LangController(this, () => void this.load());
  readonly #ids = `festplatz-case-documents-${++instances}`;

  constructor() {
    super();
    this.applicationId = '';
    this.apiBase = '';
    this.overview = null;
    this.problem = null;
    this.rejecting = null;
    this.noteError = false;
    this.busy = false;
    this.announcement = '';
  }

  // Light DOM so the page's KERN CSS applies and assistive tech sees one document.
  override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId') || changed.has('apiBase')) void this.load();
  }

  #path(suffix = ''): string {
    const id = encodeURIComponent(this.applicationId);
    return apiUrl(this.apiBase, `/api/v1/admin/applications/${id}/documents${suffix}`);
  }

  /** Loads (again) the case's documents. */
  async load(): Promise<void> {
    if (!this.applicationId) return;
    const result = await requestJson<AdminDocumentOverview>(this.#path(), { lang: this.#lang.lang });
    if (result.ok) this.overview = result.value;
    else this.problem = result.problem;
  }

  #focus(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus());
  }

  async #review(doc: AdminCaseDocument, status: 'accepted' | 'rejected', note?: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = null;
    const lang = this.#lang.lang;
    const result = await requestJson<AdminCaseDocument>(this.#path(`/${encodeURIComponent(doc.id)}/review`), {
      lang,
      method: 'POST',
      body: note === undefined ? { status } : { status, note },
    });
    this.busy = false;
    if (!result.ok) {
      this.problem = result.problem;
      return;
    }
    this.rejecting = null;
    await this.load();
    const t = messagesFor(lang).documents;
    this.announcement = status === 'accepted' ? t.accepted(doc.fileName) : t.rejected(doc.fileName);
    // The buttons change; keep the keyboard user on the file they just judged.
    this.#focus(`#${CSS.escape(`${this.#ids}-${doc.id}-file`)}`);
  }

  #openRejection(doc: AdminCaseDocument): void {
    this.rejecting = doc.id;
    this.noteError = false;
    this.#focus(`#${CSS.escape(`${this.#ids}-${doc.id}-note`)}`);
  }

  #submitRejection(event: SubmitEvent, doc: AdminCaseDocument): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    if (note === '') {
      this.noteError = true;
      this.#focus(`#${CSS.escape(`${this.#ids}-${doc.id}-note`)}`);
      return;
    }
    void this.#review(doc, 'rejected', note);
  }

  protected override render(): TemplateResult {
    const lang = this.#lang.lang;
    const t = messagesFor(lang);
    const overview = this.overview;
    const signInNext = `/admin/applications/${encodeURIComponent(this.applicationId)}`;
    return html`<section class="festplatz-case-documents" aria-labelledby="${this.#ids}-heading">
      <h2 class="kern-heading-large" id="${this.#ids}-heading">${t.documents.heading}</h2>
      <p class="kern-body" role="status" aria-live="polite">${this.announcement}</p>
      ${this.problem ? problemAlert(this.problem, t, signInNext) : nothing}
      ${
        overview === null
          ? this.problem
            ? nothing
            : loadingTemplate(t.documents.loading)
          : overview.kinds.length === 0
            ? html`<p class="kern-body">${t.documents.none}</p>`
            : overview.kinds.map((kind) => this.#renderKind(kind, t))
      }
    </section>`;
  }

  #renderKind(kind: AdminDocumentKind, t: Messages): TemplateResult {
    const headingId = `${this.#ids}-${kind.id}`;
    return html`<h3 class="kern-heading-small" id="${headingId}">${kind.title}</h3>
      ${
        kind.documents.length === 0
          ? html`<p class="kern-body">${t.documents.missing}</p>`
          : html`<ul class="kern-list" aria-label="${t.documents.files(kind.title)}">
            ${kind.documents.map((doc) => this.#renderDocument(kind, doc, t))}
          </ul>`
      }`;
  }

  #renderDocument(kind: AdminDocumentKind, doc: AdminCaseDocument, t: Messages): TemplateResult {
    const lang = this.#lang.lang;
    const d = t.documents;
    const facts = documentFacts(kind, doc, t, lang);
    const base = `${this.#ids}-${doc.id}`;
    const href = this.#path(`/${encodeURIComponent(doc.id)}/content`);
    return html`<li class="festplatz-case-documents__file" data-document="${doc.id}">
      <p class="kern-body">
        <a class="kern-link" id="${base}-file" href="${href}" download>${doc.fileName}</a>
        – <strong>${facts.status}</strong>${facts.validity ? html`, ${facts.validity}` : nothing}
      </p>
      ${facts.warning ? html`<p class="kern-body"><strong>${facts.warning}</strong></p>` : nothing}
      ${facts.note ? html`<p class="kern-body">${facts.note}</p>` : nothing}
      ${this.rejecting === doc.id ? this.#rejectionForm(doc, d, base) : this.#reviewButtons(doc, d, base)}
    </li>`;
  }

  #reviewButtons(doc: AdminCaseDocument, d: Messages['documents'], base: string): TemplateResult {
    // Both buttons name the file for screen readers (aria-describedby), since every file has a pair.
    return html`<p class="kern-body">
      ${
        doc.reviewStatus === 'accepted'
          ? nothing
          : html`<button type="button" class="kern-btn kern-btn--secondary" aria-describedby="${base}-file"
            aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#review(doc, 'accepted')}>
            <span class="kern-label">${this.busy ? d.working : d.accept}</span>
          </button>`
      }
      ${
        doc.reviewStatus === 'rejected'
          ? nothing
          : html`<button type="button" class="kern-btn kern-btn--tertiary" aria-describedby="${base}-file"
            aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#openRejection(doc)}>
            <span class="kern-label">${d.reject}</span>
          </button>`
      }
    </p>`;
  }

  #rejectionForm(doc: AdminCaseDocument, d: Messages['documents'], base: string): TemplateResult {
    const describedBy = `${base}-note-hint${this.noteError ? ` ${base}-note-error` : ''}`;
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#submitRejection(event, doc)}>
      <div class="kern-form-input ${this.noteError ? 'kern-form-input--error' : ''}">
        <label class="kern-label" for="${base}-note">${d.noteLabel}</label>
        <div class="kern-hint" id="${base}-note-hint">${d.noteHint}</div>
        ${this.noteError ? html`<p class="kern-error" id="${base}-note-error" role="alert">${d.noteRequired}</p>` : nothing}
        <textarea class="kern-form-input__input" id="${base}-note" name="note" rows="3" required
          aria-describedby="${describedBy}" aria-invalid="${this.noteError ? 'true' : 'false'}"></textarea>
      </div>
      <button type="submit" class="kern-btn kern-btn--primary" aria-disabled=${this.busy ? 'true' : 'false'}>
        <span class="kern-label">${this.busy ? d.working : d.saveRejection}</span>
      </button>
      <button type="button" class="kern-btn kern-btn--secondary" @click=${() => {
        this.rejecting = null;
        this.#focus(`#${CSS.escape(`${base}-file`)}`);
      }}>
        <span class="kern-label">${d.cancel}</span>
      </button>
    </form>`;
  }
}
