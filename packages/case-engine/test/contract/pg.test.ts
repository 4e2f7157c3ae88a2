import type { PoolClient } from 'pg';
import { afterAll } from 'vitest';
import { type FestplatzPgDb, openPgDatabase } from '../../src/pg/db.ts';
import { pgRepository } from '../../src/repository/pg-repository.ts';
import { describeWithPg } from '../support/describe-pg.ts';
import { repositoryContract } from './repository.contract.ts';

// The contract on PostgreSQL: one throw-away cluster for this file, its database migrated once, and emptied
// before every test. (A fresh CREATE DATABASE ... TEMPLATE per test works too but costs ~150 ms each.)
describeWithPg('repository contract: PostgreSQL', (cluster) => {
  let opened: Promise<FestplatzPgDb> | undefined;
  afterAll(async () => {
    await (await opened)?.close();
  });
  repositoryContract(async () => {
    opened ??= openPgDatabase({ url: cluster().url });
    const db = await opened;
    await emptyAllTables(db);
    return {
      repo: pgRepository(db),
      exec: async (sql) => {
        await db.pool.query(sql);
      },
      // The database is shared by the file's tests, so the triggers stay and are skipped for one transaction.
      tamper: (sql) => withoutTriggers(db, (client) => client.query(sql)),
      query: async (sql) => (await db.pool.query(sql)).rows,
      // The pool stays open for the next test; afterAll closes it.
      close: async () => {},
    };
  });
});

// Test-only reset. The append-only triggers also refuse TRUNCATE, so it runs without triggers; the drizzle
// migrations table lives in the `drizzle` schema and is kept.
function emptyAllTables(db: FestplatzPgDb): Promise<void> {
  return withoutTriggers(db, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} CASCADE`);
  });
}

// One transaction in replication-replica mode, which (for a superuser, as in the throw-away cluster) skips
// ordinary triggers such as the append-only ones.
async function withoutTriggers(
  db: FestplatzPgDb,
  run: (client: PoolClient) => Promise<unknown>,
): Promise<void> {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await run(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
