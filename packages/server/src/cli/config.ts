import { join, resolve } from 'node:path';
import type { Lang } from '@festplatz/core';
import { type OidcSettings, oidcSettingsFromEnv } from '../auth/oidc/settings.ts';
import { parseEmbedOrigins } from '../embed/embed-origins.ts';
import type { SmtpSettings } from '../mail/smtp-transport.ts';

/** Server settings from the environment. */
export interface ServeConfig {
  port: number;
  /** `localhost` by default so that http://localhost:3000 works and nothing is exposed by accident. */
  hostname: string;
  dataDir: string;
  dbFile: string;
  /** PostgreSQL connection URL from DATABASE_URL; undefined: the SQLite file `dbFile`. */
  databaseUrl: string | undefined;
  outboxDir: string;
  /** SMTP delivery from SMTP_URL and MAIL_FROM; undefined: mail is written to `outboxDir` (development). */
  smtp: SmtpSettings | undefined;
  baseUrl: string | undefined;
  lang: Lang;
  /** How often the outbox dispatcher looks for due messages (receipts, later notices and webhooks). */
  outboxIntervalMs: number;
  /** EMBED_ORIGINS: websites that embed the elements (docs/embedding.md). */
  embedOrigins: string[];
  /** OpenID Connect sign-in from OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME; undefined: off. */
  oidc: OidcSettings | undefined;
}

/**
 * Reads PORT, HOST, FESTPLATZ_DATA_DIR, DATABASE_URL, SMTP_URL, MAIL_FROM, FESTPLATZ_BASE_URL, FESTPLATZ_LANG
 * (de|en), FESTPLATZ_OUTBOX_INTERVAL_MS (default 2000) and EMBED_ORIGINS (comma-separated origins).
 */
export function serveConfig(env: Record<string, string | undefined>): ServeConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  const dataDir = resolve(env.FESTPLATZ_DATA_DIR ?? './data');
  const outboxIntervalMs = Number(env.FESTPLATZ_OUTBOX_INTERVAL_MS ?? 2000);
  if (!Number.isInteger(outboxIntervalMs) || outboxIntervalMs < 1)
    throw new Error(
      `FESTPLATZ_OUTBOX_INTERVAL_MS must be a positive integer, got ${env.FESTPLATZ_OUTBOX_INTERVAL_MS}`,
    );
  return {
    port,
    hostname: env.HOST ?? 'localhost',
    dataDir,
    dbFile: join(dataDir, 'festplatz.db'),
    // openRepository refuses any scheme but postgres(ql)://, so a typo cannot fall back to SQLite unnoticed.
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    outboxDir: join(dataDir, 'outbox'),
    smtp: smtpSettings(env),
    baseUrl: env.FESTPLATZ_BASE_URL,
    lang: env.FESTPLATZ_LANG === 'en' ? 'en' : 'de',
    outboxIntervalMs,
    embedOrigins: parseEmbedOrigins(env.EMBED_ORIGINS),
    oidc: oidcSettingsFromEnv(env),
  };
}

/**
 * SMTP_URL (smtp:// or smtps://) and MAIL_FROM, or undefined when SMTP_URL is unset. Refuses a half
 * configuration rather than silently keeping mail in the development outbox.
 */
function smtpSettings(env: Record<string, string | undefined>): SmtpSettings | undefined {
  const url = env.SMTP_URL?.trim();
  if (!url) return undefined;
  if (!/^smtps?:\/\//.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const from = env.MAIL_FROM?.trim();
  if (!from)
    throw new Error(
      'MAIL_FROM must be set when SMTP_URL is set, e.g. MAIL_FROM="Festplatz <festplatz@example.org>"',
    );
  return { url, from };
}
