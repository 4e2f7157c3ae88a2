import { html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  type CaseDocument,
  type DocumentKindView,
  type DocumentOverview,
  documentsUrl,
  type Failure,
  fetchDocuments,
  removeDocument,
  uploadDocument,
} from '../api/documents.ts';
import { fetchReusableDocuments, type ReusableDocument, reuseDocuments } from '../api/reusable-documents.ts';
import { type Lang, resolveLang } from '../i18n/lang.ts';
import { format, type Messages, messagesFor } from '../i18n/messages.ts';
import { type KindUploadState, kindSection } from './documents/kind-section.ts';

let instances = 0;

// Binary megabytes, as the server counts a kind's maxSizeMb.
const MB = 1024 * 1024;

const IDLE: KindUploadState = { progress: null, fileName: '', errors: {} };

/**
 * `<festplatz-documents application="…" api-base="" lang="de">`: the documents of the applicant's case (DOC-1..8).
 * Lists each kind the bundle demands or staff requested with its status (missing, in review, accepted, rejected
 * with the office's reason, requested until a date), uploads a file per kind with a visible progress bar and
 * validity dates where the kind needs them, shows the server's refusal at the file input, and removes files
 * not yet accepted, and offers still valid proofs from earlier applications to take over (apply again, DOC-2).
 * Progress and outcomes are announced in a polite live region.
 */
export class FestplatzDocuments extends LitElement {
  static override properties = {
    application: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    // Named `language` because `lang` is HTMLElement's own property; the attribute is still `lang`.
    language: { type: String, attribute: 'lang' },
    overview: { state: true },
    loadFailed: { state: true },
    uploads: { state: true },
    announcement: { state: true },
    offers: { state: true },
    reusing: { state: true },
  };

  declare application: string;
  declare apiBase: string;
  declare language: string | null;
  declare overview: DocumentOverview | null;
  declare loadFailed: boolean;
  declare uploads: Record<string, KindUploadState>;
  declare announcement: string;
  /** Apply again: still valid proofs from the applicant's earlier applications (DOC-2). */
  declare offers: ReusableDocument[];
  declare reusing: ReadonlySet<string>;

  /** Ids unique on the page, so the element can appear more than once. */
  private readonly ids = `festplatz-documents-${++instances}`;

  constructor() {
    super();
    this.application = '';
    this.apiBase = '';
    this.language = null;
    this.overview = null;
    this.loadFailed = false;
    this.uploads = {};
    this.announcement = '';
    this.offers = [];
    this.reusing = new Set();
  }

  /** Light DOM: KERN's global CSS must reach the markup, and labels must share the page's id scope. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get uiLang(): Lang {
    return resolveLang(
      this.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    );
  }

  private get t(): Messages['documents'] {
    return messagesFor(this.uiLang).documents;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('application') || changed.has('apiBase')) void this.load();
  }

  /** Reloads the overview (after an upload or removal, and when the case changes). */
  async load(): Promise<void> {
    if (!this.application) return;
    const result = await fetchDocuments(this.apiBase, this.application, this.uiLang);
    if (result.ok) {
      this.overview = result.overview;
      this.loadFailed = false;
    } else {
      this.loadFailed = true;
    }
    await this.loadOffers();
  }

  /** The offers are a convenience: when they cannot be loaded, the applicant still uploads as usual. */
  private async loadOffers(): Promise<void> {
    if (!this.overview?.acceptsDocuments) {
      this.offers = [];
      return;
    }
    const result = await fetchReusableDocuments(this.apiBase, this.application, this.uiLang);
    this.offers = result.ok ? result.documents : [];
  }

  private readonly reuseOffer = async (kind: DocumentKindView, offer: ReusableDocument): Promise<void> => {
    this.reusing = new Set([...this.reusing, offer.id]);
    const result = await reuseDocuments(this.apiBase, this.application, [offer.id], this.uiLang);
    this.reusing = new Set([...this.reusing].filter((id) => id !== offer.id));
    if (!result.ok) {
      this.setUpload(kind.id, { ...IDLE, errors: { file: this.failureText(result) } });
      this.focusField(kind.id, 'file');
      return;
    }
    await this.load();
    this.announcement = format(this.t.reused, { name: offer.fileName });
    // The button is gone: focus goes to the taken-over file in the kind's list, where its status is shown.
    void this.updateComplete.then(() => {
      const links = this.querySelectorAll<HTMLElement>(
        `section[data-kind="${CSS.escape(kind.id)}"] .festplatz-documents__files a`,
      );
      links[links.length - 1]?.focus();
    });
  };

  private setUpload(kindId: string, state: KindUploadState): void {
    this.uploads = { ...this.uploads, [kindId]: state };
  }

  private failureText(failure: Failure): string {
    if (!failure.problem) return this.t.networkError;
    if (failure.problem.status === 401) return this.t.signInRequired;
    return failure.problem.detail || this.t.unknownProblem;
  }

  private focusField(kindId: string, field: 'file' | 'validUntil'): void {
    void this.updateComplete.then(() => {
      this.querySelector<HTMLInputElement>(`#${CSS.escape(`${this.ids}-${kindId}-${field}`)}`)?.focus();
    });
  }

  private readonly uploadFile = async (kind: DocumentKindView, form: HTMLFormElement): Promise<void> => {
    const t = this.t;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
    const file = field('file')?.files?.[0];
    const validFrom = field('validFrom')?.value ?? '';
    const validUntil = field('validUntil')?.value ?? '';
    // Checked here for comfort (a showman on a slow connection should not wait to hear it); the server decides.
    const local: KindUploadState['errors'] = {};
    if (!file) local.file = t.chooseFile;
    else if (file.size > kind.maxSizeMb * MB) local.file = format(t.tooLarge, { mb: kind.maxSizeMb });
    else if (this.overview && this.overview.usedBytes + file.size > this.overview.limitMb * MB) {
      local.file = format(t.totalTooLarge, { mb: this.overview.limitMb });
    }
    if (kind.validity?.required && !validUntil) local.validUntil = t.validUntilRequired;
    if (!file || local.file || local.validUntil) {
      this.setUpload(kind.id, { ...IDLE, errors: local });
      this.focusField(kind.id, local.file ? 'file' : 'validUntil');
      return;
    }
    this.setUpload(kind.id, { progress: 0, fileName: file.name, errors: {} });
    this.announcement = format(t.uploadStarted, { name: file.name });
    const result = await uploadDocument(
      this.apiBase,
      this.application,
      this.uiLang,
      { kindId: kind.id, file, validFrom, validUntil },
      (fraction) => this.setUpload(kind.id, { progress: fraction, fileName: file.name, errors: {} }),
    );
    if (!result.ok) {
      this.setUpload(kind.id, { ...IDLE, errors: { file: this.failureText(result) } });
      this.announcement = '';
      this.focusField(kind.id, 'file');
      return;
    }
    form.reset();
    this.setUpload(kind.id, IDLE);
    await this.load();
    this.announcement = format(t.uploaded, { name: file.name });
  };

  private readonly removeFile = async (kind: DocumentKindView, doc: CaseDocument): Promise<void> => {
    const result = await removeDocument(this.apiBase, this.application, doc.id, this.uiLang);
    if (!result.ok) {
      this.setUpload(kind.id, { ...IDLE, errors: { file: this.failureText(result) } });
      return;
    }
    await this.load();
    this.announcement = format(this.t.removed, { name: doc.fileName });
    this.focusField(kind.id, 'file');
  };

  protected override render() {
    const t = this.t;
    const overview = this.overview;
    const context = overview && {
      ids: this.ids,
      lang: this.uiLang,
      t,
      acceptsDocuments: overview.acceptsDocuments,
      contentUrl: (doc: CaseDocument) =>
        `${documentsUrl(this.apiBase, this.application)}/${encodeURIComponent(doc.id)}/content`,
      upload: this.uploadFile,
      remove: this.removeFile,
      reuse: (kind: DocumentKindView) => ({
        ids: this.ids,
        lang: this.uiLang,
        t,
        offers: this.offers.filter((offer) => offer.kindId === kind.id),
        busy: this.reusing,
        reuse: this.reuseOffer,
      }),
    };
    return html`<div class="festplatz-documents">
      <p class="kern-body festplatz-documents__announcement" role="status" aria-live="polite">${this.announcement}</p>
      ${
        !overview || !context
          ? html`<p class="kern-body">${this.loadFailed ? t.loadFailed : t.loading}</p>`
          : html`<p class="kern-body">${overview.acceptsDocuments ? t.intro : t.closed}</p>
            ${overview.kinds.length === 0 ? html`<p class="kern-body">${t.none}</p>` : nothing}
            ${overview.kinds.map((kind) => kindSection(kind, this.uploads[kind.id] ?? IDLE, context))}`
      }
    </div>`;
  }
}
