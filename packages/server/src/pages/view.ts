import type { Lang } from '@festplatz/core';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { SessionInfo } from '../env.ts';
import { type Messages, messages } from '../i18n/index.ts';

/** A rendered fragment of HTML (Hono's `html` template: interpolations are escaped). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What every page view knows about the request. */
export interface ViewContext {
  lang: Lang;
  t: Messages;
  session: SessionInfo | null;
  /** Current path + query, for the language switch and sign-in `next`. */
  url: URL;
}

/** Builds the view context from request facts. */
export function viewContext(lang: Lang, session: SessionInfo | null, url: string): ViewContext {
  return { lang, t: messages(lang), session, url: new URL(url) };
}

/** The current page's address with `?lang=` switched, so the language link keeps the visitor in place. */
export function withLang(url: URL, lang: Lang): string {
  const copy = new URL(url);
  copy.searchParams.set('lang', lang);
  return `${copy.pathname}${copy.search}`;
}
