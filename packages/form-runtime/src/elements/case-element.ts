import { LitElement } from 'lit';
import { type Lang, resolveLang } from '../i18n/lang.ts';

/**
 * The common ground of the elements about one case (`application`, `api-base`, `lang` attributes): light DOM,
 * because KERN's global CSS must reach the markup and labels must share the page's id scope, and the language
 * taken from the element, else the nearest ancestor with `lang`, else the document. Subclasses add their own
 * properties; lit inherits these.
 */
export class CaseElement extends LitElement {
  static override properties = {
    application: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    // Named `language` because `lang` is HTMLElement's own property; the attribute is still `lang`.
    language: { type: String, attribute: 'lang' },
  };

  declare application: string;
  declare apiBase: string;
  declare language: string | null;

  constructor() {
    super();
    this.application = '';
    this.apiBase = '';
    this.language = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The language the element speaks. */
  protected get uiLang(): Lang {
    return resolveLang(
      this.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    );
  }
}
