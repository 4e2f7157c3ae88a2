import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

/** An open PostgreSQL database: the drizzle handle for queries plus the node-postgres pool under it. */
export interface FestplatzPgDb {
  readonly orm: NodePgDatabase<typeof schema>;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Where a query runs: the pool (`db.orm`) or a transaction of it (`tx` inside `db.orm.transaction`); both offer
 * the same query builders, so a step written against this type can run alone or as part of a larger change.
 */
export type PgQueries = PgDatabase<NodePgQueryResultHKT, typeof schema>;

/** Options of {@link openPgDatabase}. */
export interface OpenPgDatabaseOptions {
  /** Connection URL, e.g. `postgresql://festplatz@127.0.0.1:5432/festplatz` (the server's DATABASE_URL). */
  url: string;
  /** Folder with the drizzle migrations; defaults to the one shipped with this package. */
  migrationsFolder?: string;
  /** Maximum pool size (node-postgres default: 10). */
  max?: number;
  /** Errors of idle pooled connections (e.g. the server restarted); default: logged to stderr. */
  onIdleError?: (error: Error) => void;
}

/**
 * Locates `drizzle/pg` through the package's own `package.json` export, for the same reason as the SQLite
 * `defaultMigrationsFolder()`: the server is bundled by esbuild, so paths relative to `import.meta.url`
 * would point next to the bundle.
 */
export function defaultPgMigrationsFolder(): string {
  const packageJson = createRequire(import.meta.url).resolve('@festplatz/case-engine/package.json');
  return join(dirname(packageJson), 'drizzle', 'pg');
}

// Any fixed 64-bit key; every Festplatz instance migrating the same database takes the same lock.
const MIGRATION_LOCK = 7_353_100_042;

/** Connects a pool to PostgreSQL and migrates the database (serialised across instances by an advisory lock). */
export async function openPgDatabase(options: OpenPgDatabaseOptions): Promise<FestplatzPgDb> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.max });
  // node-postgres emits 'error' when an idle connection dies; unhandled, that event would end the process.
  // The pool drops the broken connection by itself and the next query opens a new one.
  pool.on(
    'error',
    options.onIdleError ??
      ((error) => console.error('festplatz: idle PostgreSQL connection lost:', error.message)),
  );
  try {
    await migrateLocked(pool, options.migrationsFolder ?? defaultPgMigrationsFolder());
  } catch (error) {
    await pool.end();
    throw error;
  }
  const orm = drizzle({ client: pool, schema });
  return { orm, pool, close: () => pool.end() };
}

// Several server instances of a shared portal may start at once; drizzle's migrator has no lock of its own,
// so two of them could both apply 0000_init. The session-level advisory lock makes the others wait and then
// find nothing left to do.
async function migrateLocked(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
