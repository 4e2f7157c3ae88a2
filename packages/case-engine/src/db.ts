import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sealUnhashedEvents } from './audit/seal.ts';
import * as schema from './sqlite/schema.ts';

/** An open Festplatz database: the drizzle handle for queries plus the raw better-sqlite3 connection. */
export interface FestplatzDb {
  readonly orm: BetterSQLite3Database<typeof schema>;
  readonly sqlite: Database.Database;
  close(): void;
}

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** Path of the SQLite file; its parent directories are created. */
  file: string;
  /** Folder with the drizzle migrations; defaults to the one shipped with this package. */
  migrationsFolder?: string;
}

/**
 * Locates `drizzle/sqlite` through the package's own `package.json` export. The server is bundled by esbuild
 * into a single `dist/cli.js`, so a path computed from this file's `import.meta.url` (e.g. `../drizzle`) would
 * point next to the bundle, where no migrations are. Resolving the package by name goes through
 * node_modules and finds the real package folder whether this code runs bundled or from source.
 */
export function defaultMigrationsFolder(): string {
  const packageJson = createRequire(import.meta.url).resolve('@festplatz/case-engine/package.json');
  return join(dirname(packageJson), 'drizzle', 'sqlite');
}

/**
 * Opens (creating if needed) a SQLite database file in WAL mode with foreign keys on, migrates it and seals
 * event rows that predate the audit hash chain.
 */
export function openDatabase(options: OpenDatabaseOptions): FestplatzDb {
  mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new Database(options.file);
  try {
    // WAL lets readers proceed while one writer commits; busy_timeout makes a second process wait for the
    // write lock instead of failing at once with SQLITE_BUSY.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // synchronous stays at its default FULL: a committed submission is legal evidence (DATE-1 deadline),
    // so it must survive a power cut, which WAL + NORMAL does not guarantee.
    const orm = drizzle({ client: sqlite, schema });
    migrate(orm, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
    const db: FestplatzDb = { orm, sqlite, close: () => sqlite.close() };
    // Events stored before the hash chain existed get their hashes once (SQL cannot compute sha-256).
    sealUnhashedEvents(db);
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
