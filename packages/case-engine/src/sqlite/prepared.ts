import type { Database, Statement } from 'better-sqlite3';
import type { FestplatzDb } from '../db.ts';

// Drizzle rebuilds and re-prepares a query's SQL every time it runs, which on the command hot paths (submit,
// every lifecycle event) costs several times what SQLite needs to execute it (issue 4 benchmark). Those
// paths use these statements instead, prepared once per connection; everything else stays on drizzle.
const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * The statement for `sql` on this connection, prepared on first use. Rows come back as better-sqlite3 gives
 * them: callers decode drizzle's column modes themselves (json: JSON.parse, timestamp_ms: new Date(ms)).
 */
export function prepared(db: FestplatzDb, sql: string): Statement {
  let cache = caches.get(db.sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(db.sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
