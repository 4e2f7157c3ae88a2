import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionCookie } from '../session-cookie.ts';

/** What one trip to the provider must find again on return; random per sign-in attempt. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go after signing in (a same-site path, checked again on return). */
  next: string;
}

/** How long a sign-in at the provider may take (typing, finding the ID card, the AusweisApp). */
export const OIDC_FLOW_MINUTES = 15;

/**
 * The flow cookie: `__Host-festplatz_oidc` (same flags as the session cookie, see session-cookie.ts), HttpOnly,
 * SameSite=Lax so it comes back with the provider's top-level redirect, and gone after 15 minutes or on return.
 *
 * Why a plain cookie and no database row or signature: every value in it is checked against the other side,
 * not trusted. `state` must equal the provider's answer, `nonce` must equal the claim inside the provider-signed
 * ID token, the PKCE verifier must hash to the challenge the provider stored, and `next` is re-checked by
 * safeNext. A forged cookie can therefore only make the sign-in fail. `__Host-` stops other subdomains from
 * planting one, HttpOnly stops scripts from reading it. No key to keep, rotate or share between instances.
 */
export function flowCookieName(session: SessionCookie): string {
  return session.secure ? '__Host-festplatz_oidc' : 'festplatz_oidc';
}

export function setFlowCookie(c: Context, session: SessionCookie, flow: OidcFlow): void {
  setCookie(c, flowCookieName(session), Buffer.from(JSON.stringify(flow)).toString('base64url'), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: session.secure,
    maxAge: OIDC_FLOW_MINUTES * 60,
  });
}

/** The flow of this browser's sign-in attempt; null when missing (another browser, expired) or malformed. */
export function readFlowCookie(c: Context, session: SessionCookie): OidcFlow | null {
  const raw = getCookie(c, flowCookieName(session));
  if (!raw) return null;
  try {
    const flow = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { state, nonce, codeVerifier, next } = flow;
    if ([state, nonce, codeVerifier, next].every((v) => typeof v === 'string')) {
      return { state, nonce, codeVerifier, next } as OidcFlow;
    }
  } catch {
    // Not base64url JSON: treated like a missing cookie (the attempt cannot be continued).
  }
  return null;
}

/** Single use: the flow cookie is removed as soon as the provider's answer arrives. */
export function clearFlowCookie(c: Context, session: SessionCookie): void {
  deleteCookie(c, flowCookieName(session), {
    path: '/',
    secure: session.secure,
    httpOnly: true,
    sameSite: 'Lax',
  });
}
