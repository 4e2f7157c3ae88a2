import type { AuthMethod, Repository, Representing } from '@festplatz/case-engine';
import type { Lang, TrustLevel } from '@festplatz/core';
import type { OidcSettings } from './auth/oidc/settings.ts';
import type { MailTransport } from './mail/transport.ts';

/** What the app needs from the outside world; tests pass a temp database, an outbox and a fixed clock. */
export interface AppDeps {
  /** Storage (SQLite or PostgreSQL); every route, page and the session loader read and write through it. */
  repo: Repository;
  mail: MailTransport;
  /** The clock; every deadline check and expiry uses it, so tests can travel in time. */
  now?: () => Date;
  /** Public origin used in links sent by e-mail, e.g. `https://festplatz.soest.de` (never taken from Host). */
  baseUrl: string;
  /**
   * Origins of the municipality's websites that embed the elements (EMBED_ORIGINS, see docs/embedding.md): they
   * get CORS with credentials on the applicant API, pass the CSRF check and may be a sign-in's `next`. Default none.
   */
  embedOrigins?: readonly string[];
  /** OpenID Connect sign-in (BundID / company accounts behind a broker; OIDC_* variables); off when omitted. */
  oidc?: OidcSettings;
  /** Where unexpected errors are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
  /** Directory of the content-addressed upload store (SEC-2: outside any web root); default `./data/blobs`. */
  blobDir?: string;
}

/** AppDeps with defaults applied (`oidc` null: OpenID Connect sign-in is off). */
export type ResolvedDeps = Required<Omit<AppDeps, 'oidc'>> & { oidc: OidcSettings | null };

/** A signed-in user as the request sees it. */
export interface SessionInfo {
  user: { id: string; email: string };
  /** sha-256 hex of the session cookie value, the key in the sessions table. */
  idHash: string;
  /** Sign-in time (bounds extensions) and current end of the session. */
  createdAt: Date;
  expiresAt: Date;
  staffTenants: { tenantId: string; role: string }[];
  /** How this session was signed in, the trust level reached (AUTH-2) and the company acted for (AUTH-4). */
  authMethod: AuthMethod;
  trustLevel: TrustLevel;
  representing: Representing | null;
}

/** Hono environment of the Festplatz app: per-request variables set by the middleware. */
export type AppEnv = {
  Variables: {
    lang: Lang;
    session: SessionInfo | null;
  };
};
