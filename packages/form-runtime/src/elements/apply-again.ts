import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { fetchPrefill, type PrefillResult } from '../api/prefill.ts';
import { signInUrl } from '../api/sign-in.ts';
import type { Lang } from '../i18n/lang.ts';
import { format, messagesFor } from '../i18n/messages.ts';

/** What the controller reads from the form element it serves. */
export interface ApplyAgainHost extends ReactiveControllerHost, HTMLElement {
  edition: string;
  apiBase: string;
  readonly uiLang: Lang;
}

/**
 * "Apply again" above the application form (issue 5): when the applicant applied for an earlier edition of the same
 * event type and keeps no draft for this one, offers a button that fills the form with the answers carried over by
 * the server, then says (focused, as a status) what happened and what to confirm anew. A signed-out visitor, e.g.
 * on a municipality's page that embeds the form, is asked to sign in first, with a link that comes back here.
 */
export class ApplyAgainController implements ReactiveController {
  private result: PrefillResult = { kind: 'unavailable' };
  /** Title of the edition whose answers were taken over; set once the button was used. */
  private appliedFrom: string | null = null;
  /** edition + api-base + language of the last request: a change asks again. */
  private requested = '';

  constructor(
    private readonly host: ApplyAgainHost,
    private readonly fill: (data: Record<string, unknown>) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { edition, apiBase, uiLang } = this.host;
    const key = JSON.stringify([edition, apiBase, uiLang]);
    if (!edition || key === this.requested) return;
    this.requested = key;
    void fetchPrefill(apiBase, edition, uiLang).then((result) => {
      if (key !== this.requested) return; // the form switched edition or language meanwhile
      this.result = result;
      this.host.requestUpdate();
    });
  }

  /** The offer, the confirmation after using it, the sign-in request, or nothing. */
  render(): TemplateResult | typeof nothing {
    const t = messagesFor(this.host.uiLang).applyAgain;
    if (this.appliedFrom !== null) {
      return html`<div class="kern-alert kern-alert--success festplatz-apply-again" role="status" tabindex="-1">
        <div class="kern-alert__body"><p class="kern-body">${format(t.applied, { edition: this.appliedFrom })}</p></div>
      </div>`;
    }
    if (this.result.kind === 'signed-out') {
      const here = `${location.pathname}${location.search}`;
      return html`<div class="kern-alert kern-alert--info festplatz-sign-in-first" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">${t.signedOut}</p>
          <p class="kern-body"><a class="kern-link" href=${signInUrl(this.host.apiBase, here)}>${t.signIn}</a></p>
          ${this.directLink(t)}
        </div>
      </div>`;
    }
    if (this.result.kind !== 'offer' || this.result.prefill.hasDraft) return nothing;
    const { prefill } = this.result;
    const edition = prefill.fromEditionTitle;
    return html`<div class="kern-alert kern-alert--info festplatz-apply-again" role="note">
      <div class="kern-alert__body">
        <p class="kern-body">${format(t.offer, { edition })}</p>
        <button type="button" class="kern-btn kern-btn--secondary" @click=${() => this.use(prefill.data, edition)}>
          <span class="kern-label">${format(t.button, { edition })}</span>
        </button>
      </div>
    </div>`;
  }

  /**
   * Embedded on another site, the session cookie is a third-party cookie, which Safari, Firefox and some Chrome
   * settings withhold; the form on Festplatz's own page works in every browser (docs/embedding.md).
   */
  private directLink(t: ReturnType<typeof messagesFor>['applyAgain']): TemplateResult | typeof nothing {
    const { apiBase, edition } = this.host;
    if (!URL.canParse(apiBase) || new URL(apiBase).origin === location.origin) return nothing;
    const href = `${apiBase}/apply/${encodeURIComponent(edition)}`;
    return html`<p class="kern-body">${t.direct} <a class="kern-link" href=${href}>${t.directLink}</a></p>`;
  }

  private use(data: Record<string, unknown>, edition: string): void {
    this.fill(structuredClone(data));
    this.appliedFrom = edition;
    this.host.requestUpdate();
    // The button is gone: focus moves to the confirmation, so a screen reader reads it and keyboard users go on.
    void this.host.updateComplete.then(() =>
      this.host.querySelector<HTMLElement>('.festplatz-apply-again[role="status"]')?.focus(),
    );
  }
}
