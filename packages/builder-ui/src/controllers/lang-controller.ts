import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Lang, resolveLang } from '../i18n/lang.ts';

/**
 * Tracks the language of an element (its `lang` attribute, else `<html lang>`, else German) and reports
 * changes, so pages can switch language without re-creating the elements. `lang` stays the native
 * global attribute: declaring it as a lit property would shadow `HTMLElement.lang`.
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;
  #observer: MutationObserver | undefined;
  #last: Lang | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void = () => {}) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The language to render and to request from the server in. */
  get lang(): Lang {
    return resolveLang(this.#host.getAttribute('lang'), globalThis.document?.documentElement.lang);
  }

  hostConnected(): void {
    this.#last = this.lang;
    this.#observer = new MutationObserver(() => {
      const lang = this.lang;
      if (lang === this.#last) return;
      this.#last = lang;
      this.#host.requestUpdate();
      this.#onChange();
    });
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
