import { openDatabase } from '../db.ts';
import { openPgDatabase } from '../pg/db.ts';
import { pgRepository } from './pg-repository.ts';
import { sqliteRepository } from './sqlite.ts';
import type { Repository } from './types.ts';

/** Where Festplatz stores its data: the server's DATABASE_URL, else a SQLite file. */
export interface OpenRepositoryOptions {
  /** `postgres://` or `postgresql://` URL; unset or empty: SQLite at `file`. */
  databaseUrl?: string;
  /** The SQLite file used when there is no `databaseUrl`. */
  file: string;
}

/** An open repository and how to close the database under it. */
export interface OpenedRepository {
  repository: Repository;
  close(): Promise<void>;
}

const POSTGRES_SCHEMES = ['postgres:', 'postgresql:'];

/**
 * Opens (and migrates) the database named by the options: PostgreSQL for a `postgres://` or `postgresql://`
 * URL (migrations serialised across instances by an advisory lock), otherwise the SQLite file.
 */
export async function openRepository(options: OpenRepositoryOptions): Promise<OpenedRepository> {
  const url = options.databaseUrl?.trim();
  if (!url) {
    const db = openDatabase({ file: options.file });
    return { repository: sqliteRepository(db), close: async () => db.close() };
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  if (scheme === undefined || !POSTGRES_SCHEMES.includes(scheme)) {
    // Only the scheme is named: the rest of the URL may hold a password.
    throw new Error(
      `DATABASE_URL: unsupported scheme ${scheme ? `'${scheme}//'` : '(none)'}; use a postgres:// or ` +
        `postgresql:// URL for PostgreSQL, or leave DATABASE_URL unset to use the SQLite file ${options.file}`,
    );
  }
  const db = await openPgDatabase({ url });
  return { repository: pgRepository(db), close: () => db.close() };
}
