import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { apiUrl, requestJson } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import type { AdminApplicationList, AdminApplicationSummary } from '../api/types.ts';
import { LangController } from '../controllers/lang-controller.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { loadingTemplate } from '../templates/loading.ts';
import { problemAlert } from '../templates/problem-alert.ts';
import { stateBadge } from '../templates/state-badge.ts';
import { timeTemplate } from '../templates/time.ts';

type ListView =
  | { status: 'loading' }
  | { status: 'loaded'; items: AdminApplicationSummary[] }
  | { status: 'failed'; problem: Problem };

/**
 * `<festplatz-application-list api-base="" lang="de">`: the staff table of received applications of the
 * signed-in staff member's tenant (KERN table), linking each row to `/admin/applications/{id}`.
 */
export class FestplatzApplicationList extends LitElement {
  static override properties = {
    apiBase: { type: String, attribute: 'api-base' },
    view: { state: true },
  };

  /** Origin (or path prefix) of the Festplatz API; empty = same origin. */
  declare apiBase: string;
  declare private view: ListView;

  readonly #lang = new LangController(this, () => this.#load());
  #abort: AbortController | undefined;

  constructor() {
    super();
    this.apiBase = '';
    this.view = { status: 'loading' };
  }

  // Light DOM so the page's KERN CSS applies and assistive tech sees one document.
  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A disconnect aborted the request in flight; start again when the element comes back.
    if (this.hasUpdated && this.view.status === 'loading') this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) this.#load();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.view = { status: 'loading' };
    const result = await requestJson<AdminApplicationList>(
      apiUrl(this.apiBase, '/api/v1/admin/applications'),
      {
        lang: this.#lang.lang,
        signal: abort.signal,
      },
    );
    if (abort.signal.aborted) return;
    this.view = result.ok
      ? { status: 'loaded', items: Array.isArray(result.value.items) ? result.value.items : [] }
      : { status: 'failed', problem: result.problem };
  }

  protected override render(): TemplateResult {
    const lang = this.#lang.lang;
    const t = messagesFor(lang);
    const view = this.view;
    // One live region that stays in the DOM, so both "loading" and "n loaded" are announced.
    return html`<div role="status" aria-live="polite">
        ${view.status === 'loading' ? loadingTemplate(t.list.loading) : nothing}
        ${view.status === 'loaded' ? html`<p class="kern-sr-only">${t.list.loaded(view.items.length)}</p>` : nothing}
      </div>
      ${view.status === 'failed' ? problemAlert(view.problem, t, '/admin') : nothing}
      ${view.status === 'loaded' ? this.#renderItems(view.items, t, lang) : nothing}`;
  }

  #renderItems(items: AdminApplicationSummary[], t: Messages, lang: Lang): TemplateResult {
    if (items.length === 0) return html`<p class="kern-body">${t.list.empty}</p>`;
    return html`<div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">${t.list.caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">${t.list.applicant}</th>
            <th scope="col" class="kern-table__header">${t.list.category}</th>
            <th scope="col" class="kern-table__header">${t.list.state}</th>
            <th scope="col" class="kern-table__header">${t.list.submittedAt}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          ${items.map((item) => this.#renderRow(item, t, lang))}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(item: AdminApplicationSummary, t: Messages, lang: Lang): TemplateResult {
    return html`<tr class="kern-table__row" data-id=${item.id}>
      <th scope="row" class="kern-table__header">
        <a class="kern-link" href=${`/admin/applications/${encodeURIComponent(item.id)}`}>${item.applicantName}</a>
        ${item.companyName ? html`<br /><span class="kern-body kern-body--small">${item.companyName}</span>` : nothing}
      </th>
      <td class="kern-table__cell">${item.category?.title ?? t.common.missing}</td>
      <td class="kern-table__cell">${stateBadge(item.state, lang)}</td>
      <td class="kern-table__cell">${timeTemplate(item.submittedAt, lang, t)}</td>
    </tr>`;
  }
}
