import { type OpenedRepository, openRepository } from '@festplatz/case-engine';
import type { Messages } from '../i18n/index.ts';
import type { ServeConfig } from './config.ts';

/**
 * A connection URL safe to print: the password (in the user part, even with an unescaped `@`, or in a query
 * parameter) becomes `***`.
 */
export function withoutPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^/?#]*@/, '$1:***@').replace(/([?&][^=&]*pass[^=&]*=)[^&]*/gi, '$1***');
}

/** Which database the command works on and where it is (never with its password). */
export function databaseLocation(config: ServeConfig): { kind: 'PostgreSQL' | 'SQLite'; where: string } {
  return config.databaseUrl
    ? { kind: 'PostgreSQL', where: withoutPassword(config.databaseUrl) }
    : { kind: 'SQLite', where: config.dbFile };
}

/** The console line naming the database, printed when a command opens it. */
export function databaseLine(config: ServeConfig, t: Messages['cli']): string {
  const { kind, where } = databaseLocation(config);
  return t.database(kind, where);
}

/** Opens the configured database: PostgreSQL at DATABASE_URL (migrated on open), else the SQLite file. */
export function openConfiguredRepository(config: ServeConfig): Promise<OpenedRepository> {
  return openRepository({ databaseUrl: config.databaseUrl, file: config.dbFile });
}
