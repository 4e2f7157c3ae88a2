import type { Repository } from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
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
  /** Where unexpected errors are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
}

/** AppDeps with defaults applied. */
export type ResolvedDeps = Required<AppDeps>;

/** A signed-in user as the request sees it. */
export interface SessionInfo {
  user: { id: string; email: string };
  /** sha-256 hex of the session cookie value, the key in the sessions table. */
  idHash: string;
  /** Sign-in time (bounds extensions) and current end of the session. */
  createdAt: Date;
  expiresAt: Date;
  staffTenants: { tenantId: string; role: string }[];
}

/** Hono environment of the Festplatz app: per-request variables set by the middleware. */
export type AppEnv = {
  Variables: {
    lang: Lang;
    session: SessionInfo | null;
  };
};
