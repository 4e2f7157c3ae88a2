import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { apiUrl, requestJson } from '../api/client.ts';
import { type Problem, toProblem } from '../api/problem.ts';
import type { AdminApplicationDetail } from '../api/types.ts';
import { LangController } from '../controllers/lang-controller.ts';
import { buildDataView } from '../data-view/build.ts';
import { eventTypeLabel } from '../format/event-label.ts';
import { stateLabel } from '../format/state.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { alertTemplate } from '../templates/alert.ts';
import { consentRows } from '../templates/consent-rows.ts';
import { renderDataView } from '../templates/data-view.ts';
import { descriptionList } from '../templates/description-list.ts';
import { loadingTemplate } from '../templates/loading.ts';
import { problemAlert } from '../templates/problem-alert.ts';
import { signInRows } from '../templates/sign-in-rows.ts';
import { stateBadge } from '../templates/state-badge.ts';
import { timeTemplate } from '../templates/time.ts';

type DetailView =
  | { status: 'loading' }
  | { status: 'loaded'; detail: AdminApplicationDetail }
  | { status: 'failed'; problem: Problem };

/** Name of the event fired after a successful state change (`detail: { application }`). */
export const APPLICATION_CHANGED_EVENT = 'festplatz-application-changed';

let instances = 0;

/**
 * `<festplatz-application-detail application-id="..." api-base="" lang="de">`: one application for
 * staff (overview, all answers read-only from the form schema, event history) with a button for each
 * step its lifecycle allows right now that needs no further input (steps with input, such as a rejection
 * with its ground, get their forms later).
 */
export class FestplatzApplicationDetail extends LitElement {
  static override properties = {
    applicationId: { type: String, attribute: 'application-id' },
    apiBase: { type: String, attribute: 'api-base' },
    view: { state: true },
    busy: { state: true },
    actionProblem: { state: true },
    announcement: { state: true },
  };

  /** Id (uuid) of the application to show. */
  declare applicationId: string;
  /** Origin (or path prefix) of the Festplatz API; empty = same origin. */
  declare apiBase: string;
  declare private view: DetailView;
  declare private busy: boolean;
  declare private actionProblem: Problem | null;
  declare private announcement: string;

  readonly #lang = new LangController(this, () => this.#load());
  readonly #historyHeadingId = `festplatz-history-${++instances}`;
  #abort: AbortController | undefined;

  constructor() {
    super();
    this.applicationId = '';
    this.apiBase = '';
    this.view = { status: 'loading' };
    this.busy = false;
    this.actionProblem = null;
    this.announcement = '';
  }

  // Light DOM so the page's KERN CSS applies and assistive tech sees one document.
  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.view.status === 'loading') this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId') || changed.has('apiBase')) this.#load();
  }

  #path(suffix = ''): string {
    return apiUrl(
      this.apiBase,
      `/api/v1/admin/applications/${encodeURIComponent(this.applicationId)}${suffix}`,
    );
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    this.actionProblem = null;
    this.announcement = '';
    if (!this.applicationId) {
      this.view = { status: 'failed', problem: toProblem(404, undefined) };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.view = { status: 'loading' };
    const result = await requestJson<AdminApplicationDetail>(this.#path(), {
      lang: this.#lang.lang,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    this.view = result.ok
      ? { status: 'loaded', detail: result.value }
      : { status: 'failed', problem: result.problem };
  }

  async #send(type: string): Promise<void> {
    // aria-disabled keeps the button focusable while busy, so a second click must be ignored here.
    if (this.busy) return;
    this.busy = true;
    this.actionProblem = null;
    this.announcement = '';
    const lang = this.#lang.lang;
    const result = await requestJson<AdminApplicationDetail>(this.#path('/events'), {
      lang,
      method: 'POST',
      body: { type },
    });
    this.busy = false;
    if (!result.ok) {
      this.actionProblem = result.problem;
      return;
    }
    this.view = { status: 'loaded', detail: result.value };
    this.announcement = messagesFor(lang).detail.stateChanged(stateLabel(result.value.state, lang));
    this.dispatchEvent(
      new CustomEvent(APPLICATION_CHANGED_EVENT, { detail: { application: result.value }, bubbles: true }),
    );
    await this.updateComplete;
    // The clicked button may be gone now; put keyboard focus on the confirmation instead of losing it.
    this.querySelector<HTMLElement>('[data-festplatz-announcement]')?.focus();
  }

  protected override render(): TemplateResult {
    const lang = this.#lang.lang;
    const t = messagesFor(lang);
    const view = this.view;
    const back = html`<p class="kern-body"><a class="kern-link" href="/admin">${t.common.backToList}</a></p>`;
    if (view.status === 'loading') {
      return html`${back}
        <div role="status" aria-live="polite">${loadingTemplate(t.detail.loading)}</div>`;
    }
    if (view.status === 'failed') {
      return html`${back} ${problemAlert(view.problem, t, this.#signInNext())}`;
    }
    return this.#renderDetail(view.detail, t, lang, back);
  }

  #signInNext(): string {
    return `/admin/applications/${encodeURIComponent(this.applicationId)}`;
  }

  #renderDetail(
    detail: AdminApplicationDetail,
    t: Messages,
    lang: Lang,
    back: TemplateResult,
  ): TemplateResult {
    const heading = detail.companyName
      ? `${detail.applicantName} – ${detail.companyName}`
      : detail.applicantName;
    return html`${back}
      <h1 class="kern-heading-x-large">${heading}</h1>
      <div role="status" aria-live="polite">
        ${
          this.announcement
            ? html`<div tabindex="-1" data-festplatz-announcement>
                ${alertTemplate({ variant: 'success', title: t.detail.stateChangedTitle, body: html`<p class="kern-body">${this.announcement}</p>` })}
              </div>`
            : nothing
        }
      </div>
      ${this.actionProblem ? problemAlert(this.actionProblem, t, this.#signInNext()) : nothing}
      <h2 class="kern-heading-large">${t.detail.overview}</h2>
      ${descriptionList([
        [t.detail.reference, detail.id],
        [t.detail.edition, detail.editionTitle],
        [t.detail.category, detail.category?.title ?? t.common.missing],
        [t.detail.state, stateBadge(detail.state, lang)],
        [t.detail.submittedAt, timeTemplate(detail.submittedAt, lang, t)],
        [t.detail.email, emailTemplate(detail.applicantEmail, t)],
        ...signInRows(detail.signIn, t),
        ...consentRows(detail.consents, t, lang),
      ])}
      ${this.#renderActions(detail, t)}
      <festplatz-case-documents application-id=${detail.id} api-base=${this.apiBase}></festplatz-case-documents>
      <h2 class="kern-heading-large">${t.detail.data}</h2>
      ${renderDataView(buildDataView({ schema: detail.form?.schema, uiSchema: detail.form?.uiSchema, data: detail.data, lang }))}
      ${this.#renderHistory(detail, t, lang)}`;
  }

  #renderActions(detail: AdminApplicationDetail, t: Messages): TemplateResult | typeof nothing {
    const types = oneClickEvents(detail);
    if (types.length === 0) return nothing;
    return html`<h2 class="kern-heading-large">${t.detail.actions}</h2>
      <p class="kern-body">
        ${types.map(
          (type, index) => html`<button
            type="button"
            class=${index === 0 ? 'kern-btn kern-btn--primary' : 'kern-btn kern-btn--secondary'}
            aria-disabled=${this.busy ? 'true' : 'false'}
            aria-busy=${this.busy ? 'true' : 'false'}
            @click=${() => this.#send(type)}
          >
            <span class="kern-label">${this.busy ? busyLabel(type, t) : actionLabel(type, t)}</span>
          </button> `,
        )}
      </p>`;
  }

  #renderHistory(detail: AdminApplicationDetail, t: Messages, lang: Lang): TemplateResult {
    const events = Array.isArray(detail.events) ? [...detail.events].sort((a, b) => a.seq - b.seq) : [];
    return html`<h2 class="kern-heading-large" id=${this.#historyHeadingId}>${t.detail.history}</h2>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped" aria-labelledby=${this.#historyHeadingId}>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header kern-table__header--numeric">${t.detail.historySeq}</th>
              <th scope="col" class="kern-table__header">${t.detail.historyType}</th>
              <th scope="col" class="kern-table__header">${t.detail.historyAt}</th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            ${events.map(
              (event) => html`<tr class="kern-table__row">
                <td class="kern-table__cell kern-table__cell--numeric">${event.seq}</td>
                <td class="kern-table__cell">${eventTypeLabel(event.type, lang)}</td>
                <td class="kern-table__cell">${timeTemplate(event.at, lang, t)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

// Events offered as one-click buttons: allowed now, known to this UI, and needing no further input.
function oneClickEvents(detail: AdminApplicationDetail): string[] {
  const commands =
    detail.allowedCommands ?? (detail.allowedEvents ?? []).map((type) => ({ type, requires: [] }));
  return commands.filter((c) => c.requires.length === 0 && Object.hasOwn(BUTTONS, c.type)).map((c) => c.type);
}

// The catalog keys of the buttons this UI offers (other events need forms that come later).
const BUTTONS: Record<string, keyof Messages['actions']> = {
  START_REVIEW: 'START_REVIEW',
  DOCUMENTS_PROVIDED: 'DOCUMENTS_PROVIDED',
  COMPLETE_REVIEW: 'COMPLETE_REVIEW',
  ADMIT: 'ADMIT',
  WAITLIST: 'WAITLIST',
  ISSUE_NOTICE: 'ISSUE_NOTICE',
  CONFIRM: 'CONFIRM',
  WITHDRAW: 'WITHDRAW',
  REVOKE: 'REVOKE',
  ARCHIVE: 'ARCHIVE',
};

function actionLabel(type: string, t: Messages): string {
  const key = BUTTONS[type];
  return key ? t.actions[key] : type;
}

function busyLabel(type: string, t: Messages): string {
  return type === 'START_REVIEW' ? t.detail.startingReview : t.detail.working;
}

function emailTemplate(email: string | null, t: Messages): TemplateResult | string {
  return email ? html`<a class="kern-link" href=${`mailto:${email}`}>${email}</a>` : t.common.missing;
}
