import { html, nothing, type TemplateResult } from 'lit';
import type { CaseDocument, DocumentKindView } from '../../api/documents.ts';
import { formatBerlinDateTime } from '../../format/date-time.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format, type Messages } from '../../i18n/messages.ts';
import { formatFileSize } from '../messages/message-item.ts';
import { formatDay, kindStatus, kindStatusLabel, reviewLabel, typeNames } from './document-format.ts';
import { type ReuseOfferContext, reuseOffers } from './reuse-offer.ts';

/** What the upload form of one kind is doing. */
export interface KindUploadState {
  /** 0..1 while a file is on its way; null otherwise. */
  progress: number | null;
  fileName: string;
  /** Field errors, shown at their input (role=alert, linked by aria-describedby). */
  errors: { file?: string; validUntil?: string };
}

/** The callbacks and context a kind's section needs from the element. */
export interface KindSectionContext {
  ids: string;
  lang: Lang;
  t: Messages['documents'];
  acceptsDocuments: boolean;
  /** The download URL of a document. */
  contentUrl: (doc: CaseDocument) => string;
  upload: (kind: DocumentKindView, form: HTMLFormElement) => void;
  remove: (kind: DocumentKindView, doc: CaseDocument) => void;
  /** Apply again: the kind's offers from earlier applications (DOC-2). */
  reuse: (kind: DocumentKindView) => ReuseOfferContext;
}

function requestLine(kind: DocumentKindView, c: KindSectionContext): TemplateResult | typeof nothing {
  const { t, lang } = c;
  if (kind.requested?.status === 'pending') {
    const text = kind.requested.dueAt
      ? format(t.requestedBy, { date: formatBerlinDateTime(kind.requested.dueAt, lang) })
      : t.requested;
    return html`<p class="kern-body festplatz-documents__request"><strong>${text}</strong></p>`;
  }
  if (kind.requested?.status === 'accepted') return html`<p class="kern-body">${t.requestDone}</p>`;
  if (kind.dueAt) {
    return html`<p class="kern-body">${format(t.dueBy, { date: formatBerlinDateTime(kind.dueAt, lang) })}</p>`;
  }
  return nothing;
}

function documentItem(kind: DocumentKindView, doc: CaseDocument, c: KindSectionContext): TemplateResult {
  const { t, lang } = c;
  const validity = kind.validity
    ? doc.validUntil
      ? format(t.validity, { until: formatDay(doc.validUntil, lang) })
      : t.validityUnlimited
    : null;
  const meta = format(t.fileMeta, {
    type: typeNames([doc.mediaType]),
    size: formatFileSize(doc.size, lang),
    time: formatBerlinDateTime(doc.uploadedAt, lang),
  });
  const removable = c.acceptsDocuments && doc.reviewStatus !== 'accepted';
  return html`<li class="festplatz-documents__file">
    <a class="kern-link" href="${c.contentUrl(doc)}" download>${doc.fileName}</a>
    <span class="kern-body festplatz-documents__file-status"> – <strong>${reviewLabel(doc.reviewStatus, t)}</strong></span>
    <p class="kern-body kern-body--small">${meta}${validity ? html`, ${validity}` : nothing}</p>
    ${doc.coversEvent === false ? html`<p class="kern-body kern-body--small">${t.notCovering}</p>` : nothing}
    ${
      doc.reviewStatus === 'rejected' && doc.reviewNote
        ? html`<p class="kern-body">${format(t.rejectedNote, { note: doc.reviewNote })}</p>`
        : nothing
    }
    ${
      removable
        ? html`<button type="button" class="kern-btn kern-btn--tertiary" @click=${() => c.remove(kind, doc)}>
          <span class="kern-label">${format(t.remove, { name: doc.fileName })}</span>
        </button>`
        : nothing
    }
  </li>`;
}

function fieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="kern-error" id="${id}" role="alert">${text}</p>` : nothing;
}

function dateInput(
  base: string,
  name: 'validFrom' | 'validUntil',
  label: string,
  hint: string | null,
  error: string | undefined,
  required: boolean,
): TemplateResult {
  const describedBy = [hint ? `${base}-${name}-hint` : '', error ? `${base}-${name}-error` : ''].filter(
    Boolean,
  );
  return html`<div class="kern-form-input ${error ? 'kern-form-input--error' : ''}">
    <label class="kern-label" for="${base}-${name}">${label}</label>
    ${hint ? html`<div class="kern-hint" id="${base}-${name}-hint">${hint}</div>` : nothing}
    ${fieldError(`${base}-${name}-error`, error)}
    <input class="kern-form-input__input" type="date" id="${base}-${name}" name="${name}" ?required=${required}
      aria-describedby="${describedBy.join(' ') || nothing}" aria-invalid="${error ? 'true' : 'false'}">
  </div>`;
}

function uploadForm(kind: DocumentKindView, state: KindUploadState, c: KindSectionContext): TemplateResult {
  const { t } = c;
  const base = `${c.ids}-${kind.id}`;
  const { errors } = state;
  const busy = state.progress !== null;
  const fileDescribedBy = [`${base}-file-hint`, errors.file ? `${base}-file-error` : '']
    .filter(Boolean)
    .join(' ');
  const cover = kind.validity?.mustCover;
  return html`<form class="festplatz-documents__form" novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      c.upload(kind, event.currentTarget as HTMLFormElement);
    }}>
    <div class="kern-form-input ${errors.file ? 'kern-form-input--error' : ''}">
      <label class="kern-label" for="${base}-file">${format(t.fileLabel, { title: kind.title })}</label>
      <div class="kern-hint" id="${base}-file-hint">
        ${format(t.fileHint, { types: typeNames(kind.accept), mb: kind.maxSizeMb })}
      </div>
      ${fieldError(`${base}-file-error`, errors.file)}
      <input class="kern-form-input__input" type="file" id="${base}-file" name="file" accept="${kind.accept.join(',')}"
        aria-describedby="${fileDescribedBy}" aria-invalid="${errors.file ? 'true' : 'false'}" ?disabled=${busy}>
    </div>
    ${
      kind.validity
        ? html`${cover ? html`<p class="kern-body">${format(t.mustCover, { from: formatDay(cover.from, c.lang), until: formatDay(cover.until, c.lang) })}</p>` : nothing}
        ${dateInput(base, 'validFrom', t.validFromLabel, null, undefined, false)}
        ${dateInput(
          base,
          'validUntil',
          kind.validity.required ? t.validUntilLabel : t.validUntilOptionalLabel,
          kind.validity.required ? null : t.validUntilHint,
          errors.validUntil,
          kind.validity.required,
        )}`
        : nothing
    }
    ${
      busy
        ? html`<p class="kern-body festplatz-documents__progress">
          <progress max="100" value="${Math.round((state.progress ?? 0) * 100)}"
            aria-label="${format(t.progressLabel, { name: state.fileName })}"></progress>
          <span aria-hidden="true">${Math.round((state.progress ?? 0) * 100)} %</span>
        </p>`
        : nothing
    }
    <button type="submit" class="kern-btn kern-btn--secondary" ?disabled=${busy}>
      <span class="kern-label">${busy ? t.uploading : t.upload}</span>
    </button>
  </form>`;
}

/** One kind of document: title, help, due date or staff request, its status, its files and the upload form. */
export function kindSection(
  kind: DocumentKindView,
  state: KindUploadState,
  c: KindSectionContext,
): TemplateResult {
  const headingId = `${c.ids}-${kind.id}-title`;
  const status = kindStatus(kind);
  return html`<section class="festplatz-documents__kind festplatz-documents__kind--${status}"
    aria-labelledby="${headingId}" data-kind="${kind.id}">
    <h3 class="kern-heading-small" id="${headingId}">${kind.title}</h3>
    <p class="kern-body festplatz-documents__status"><strong>${kindStatusLabel(kind, c.t)}</strong></p>
    ${kind.help ? html`<p class="kern-body">${kind.help}</p>` : nothing}
    ${requestLine(kind, c)}
    ${
      kind.documents.length > 0
        ? html`<ul class="kern-list festplatz-documents__files" aria-label="${c.t.uploadedFiles}">
          ${kind.documents.map((doc) => documentItem(kind, doc, c))}
        </ul>`
        : nothing
    }
    ${c.acceptsDocuments ? reuseOffers(kind, c.reuse(kind)) : nothing}
    ${c.acceptsDocuments ? uploadForm(kind, state, c) : nothing}
  </section>`;
}
