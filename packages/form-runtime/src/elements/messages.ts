import { html, nothing, type PropertyValues } from 'lit';
import {
  fetchThread,
  markThreadRead,
  sendMessage,
  type ThreadMessage,
  type ThreadSide,
  threadUrl,
} from '../api/thread.ts';
import { format, type Messages, messagesFor } from '../i18n/messages.ts';
import { CaseElement } from './case-element.ts';
import { type FieldErrors, fieldErrorsOf, localFieldErrors } from './messages/field-errors.ts';
import { messageItem } from './messages/message-item.ts';

/** The limits the server enforces (routes/messages), shown as hints and checked before sending. */
export const THREAD_LIMITS = { bodyMaxLength: 5000, files: 3, fileMb: 10 } as const;

/** How often an open thread asks for new messages, in seconds (0: never). */
const DEFAULT_POLL_SECONDS = 30;

let instances = 0;

/**
 * `<festplatz-messages application="…" api-base="" lang="de" side="applicant|staff">`: the message thread of a
 * case between applicant and office (SEC-5: instead of e-mail). Lists the messages oldest first, marks the
 * other side's as read, announces new ones in a polite live region, and sends text with optional files.
 * `side="staff"` talks to the office's API (`/api/v1/admin`), otherwise the applicant's (`/api/v1/me`).
 */
export class FestplatzMessages extends CaseElement {
  static override properties = {
    ...CaseElement.properties,
    side: { type: String },
    pollSeconds: { type: Number, attribute: 'poll-seconds' },
    messages: { state: true },
    loadFailed: { state: true },
    busy: { state: true },
    errors: { state: true },
    announcement: { state: true },
  };

  declare side: string;
  declare pollSeconds: number;
  declare messages: ThreadMessage[] | null;
  declare loadFailed: boolean;
  declare busy: boolean;
  declare errors: FieldErrors;
  declare announcement: string;

  /** Ids unique on the page, so several threads can share it. */
  private readonly ids = `festplatz-messages-${++instances}`;
  private pollTimer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.side = 'applicant';
    this.pollSeconds = DEFAULT_POLL_SECONDS;
    this.messages = null;
    this.loadFailed = false;
    this.busy = false;
    this.errors = {};
    this.announcement = '';
  }

  private get t(): Messages['thread'] {
    return messagesFor(this.uiLang).thread;
  }

  private get threadSide(): ThreadSide {
    return this.side === 'staff' ? 'staff' : 'applicant';
  }

  private get url(): string {
    return threadUrl(this.apiBase, this.threadSide, this.application);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pollSeconds > 0) this.pollTimer = setInterval(() => void this.load(), this.pollSeconds * 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.pollTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('application') || changed.has('apiBase') || changed.has('side')) {
      this.messages = null;
      void this.load();
    }
  }

  /** Loads the thread; messages of the other side that were not there before are announced. */
  async load(): Promise<void> {
    if (!this.application) return;
    const url = this.url;
    const result = await fetchThread(url, this.uiLang);
    if (url !== this.url) return; // the element was pointed at another thread meanwhile
    if (!result.ok) {
      this.loadFailed = this.messages === null;
      return;
    }
    const known = new Set(this.messages?.map((m) => m.id));
    const arrived = result.value.filter((m) => !m.own && !known.has(m.id));
    if (this.messages !== null && arrived.length > 0) {
      void this.announce(
        this.threadSide === 'staff' ? this.t.newMessagesFromApplicant : this.t.newMessagesFromOffice,
      );
    }
    this.messages = result.value;
    this.loadFailed = false;
    if (result.value.some((m) => !m.own && m.readAt === null)) await markThreadRead(url, this.uiLang);
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const textarea = form.querySelector('textarea') as HTMLTextAreaElement;
    const input = form.querySelector('input[type=file]') as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const local = localFieldErrors(textarea.value, files.length, this.t, THREAD_LIMITS);
    if (Object.keys(local).length > 0) return this.showErrors(local);
    this.busy = true;
    this.errors = {};
    const result = await sendMessage(this.url, this.uiLang, textarea.value, files);
    this.busy = false;
    if (!result.ok) return this.showErrors(fieldErrorsOf(result.problem, this.t));
    textarea.value = '';
    input.value = '';
    this.messages = [...(this.messages ?? []), result.value];
    void this.announce(this.t.sent);
  }

  /** Says `text` in the live region; emptied first, so the same text twice in a row is announced twice. */
  private async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  /** Shows the errors at their fields and moves the focus to the first one (WCAG 3.3.1). */
  private async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    const target = errors.body ? 'body' : errors.files ? 'files' : 'alert';
    this.querySelector<HTMLElement>(`#${this.ids}-${target}`)?.focus();
  }

  private field(name: 'body' | 'files', label: string, hint: string, control: unknown) {
    const error = this.errors[name];
    return html`<div class="kern-form-input ${error ? 'kern-form-input--error' : ''}">
      <label class="kern-label" for="${this.ids}-${name}">${label}</label>
      <div class="kern-hint" id="${this.ids}-${name}-hint">${hint}</div>
      ${error ? html`<p class="kern-error" id="${this.ids}-${name}-error">${error}</p>` : nothing}
      ${control}
    </div>`;
  }

  override render() {
    const t = this.t;
    const lang = this.uiLang;
    const describedBy = (name: 'body' | 'files') =>
      `${this.ids}-${name}-hint${this.errors[name] ? ` ${this.ids}-${name}-error` : ''}`;
    return html`<div class="festplatz-messages">
      <p class="kern-body festplatz-messages__status" role="status" aria-live="polite">${this.announcement}</p>
      ${
        this.messages === null
          ? html`<p class="kern-body">${this.loadFailed ? t.loadFailed : t.loading}</p>`
          : this.messages.length === 0
            ? html`<p class="kern-body">${t.empty}</p>`
            : html`<ol class="festplatz-messages__list" aria-label="${t.listLabel}">
                ${this.messages.map((m) => messageItem(m, this.apiBase, t, lang))}
              </ol>`
      }
      ${
        this.errors.alert
          ? html`<div class="kern-alert kern-alert--danger" role="alert" id="${this.ids}-alert" tabindex="-1">
              <div class="kern-alert__header"><span class="kern-title">${t.sendFailed}</span></div>
              <div class="kern-alert__body"><p class="kern-body">${this.errors.alert}</p></div>
            </div>`
          : nothing
      }
      <form class="festplatz-messages__form" novalidate @submit=${this.send}>
        ${this.field(
          'body',
          t.bodyLabel,
          format(t.bodyHint, { limit: THREAD_LIMITS.bodyMaxLength }),
          html`<textarea class="kern-form-input__input" id="${this.ids}-body" name="body" rows="5"
            aria-describedby="${describedBy('body')}" aria-invalid="${this.errors.body ? 'true' : 'false'}"></textarea>`,
        )}
        ${this.field(
          'files',
          t.filesLabel,
          format(t.filesHint, { count: THREAD_LIMITS.files, mb: THREAD_LIMITS.fileMb }),
          html`<input class="kern-form-input__input" type="file" id="${this.ids}-files" name="attachments" multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby="${describedBy('files')}" aria-invalid="${this.errors.files ? 'true' : 'false'}">`,
        )}
        <button type="submit" class="kern-btn kern-btn--primary" ?disabled=${this.busy}>
          <span class="kern-label">${this.busy ? t.sending : t.send}</span>
        </button>
      </form>
    </div>`;
  }
}
