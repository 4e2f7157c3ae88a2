import { type Lang, negotiateLanguage } from '@festplatz/core';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';

/** Cookie remembering the language a visitor picked with `?lang=`. */
export const LANG_COOKIE = 'festplatz_lang';

function asLang(value: string | undefined): Lang | null {
  return value === 'de' || value === 'en' ? value : null;
}

/**
 * Sets `c.var.lang`. The JSON API follows `Accept-Language` only (the UIs send theirs explicitly); pages let
 * the visitor's explicit choice (`?lang=`, then the cookie) win over the browser's header. German by default.
 */
export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('accept-language');
    if (c.req.path.startsWith('/api/')) {
      c.set('lang', negotiateLanguage(header));
    } else {
      const chosen = asLang(c.req.query('lang'));
      if (chosen) {
        setCookie(c, LANG_COOKIE, chosen, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
      }
      c.set('lang', chosen ?? asLang(getCookie(c, LANG_COOKIE)) ?? negotiateLanguage(header));
    }
    await next();
    c.header('Content-Language', c.get('lang'));
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
  };
}
