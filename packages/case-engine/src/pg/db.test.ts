import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeWithPg } from '../../test/support/describe-pg.ts';
import { defaultPgMigrationsFolder, openPgDatabase } from './db.ts';

describeWithPg('openPgDatabase', (cluster) => {
  it('applies all migrations: tables, and the append-only triggers on the event log', async () => {
    const db = await openPgDatabase({ url: await cluster().createDatabase('fresh') });
    try {
      const tables = await db.pool.query(
        'SELECT tablename FROM pg_tables WHERE schemaname = \'public\' ORDER BY tablename COLLATE "C"',
      );
      expect(tables.rows.map((r) => r.tablename)).toEqual([
        'application_events',
        'applications',
        'blobs',
        'consents',
        'documents',
        'editions',
        'event_types',
        'external_identities',
        'magic_links',
        'memberships',
        'message_attachments',
        'messages',
        'outbox',
        'sessions',
        'tenants',
        'users',
      ]);
      const triggers = await db.pool.query(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = 'application_events'::regclass ORDER BY tgname",
      );
      expect(triggers.rows.map((r) => r.tgname)).toEqual([
        'application_events_no_delete',
        'application_events_no_truncate',
        'application_events_no_update',
      ]);
      // TRUNCATE skips row triggers; the statement trigger must refuse it as well (on an empty table too).
      await expect(db.pool.query('TRUNCATE application_events')).rejects.toThrow(/append-only: TRUNCATE/);
      // Timestamps come back as Date with millisecond precision, JSON as values.
      await db.pool.query(
        `INSERT INTO tenants (id, name, created_at) VALUES ('soest', '{"de":"Stadt Soest"}', '2026-01-15T09:00:00.123Z')`,
      );
      const [tenant] = await db.orm.query.tenants.findMany();
      expect(tenant).toEqual({
        id: 'soest',
        name: { de: 'Stadt Soest' },
        createdAt: new Date('2026-01-15T09:00:00.123Z'),
      });
    } finally {
      await db.close();
    }
  });

  it('is idempotent and safe when several instances open (and migrate) the same database at once', async () => {
    const url = await cluster().createDatabase('shared');
    // Each migration the package ships, applied exactly once however many instances raced to apply it.
    const journal = JSON.parse(
      readFileSync(join(defaultPgMigrationsFolder(), 'meta', '_journal.json'), 'utf8'),
    );
    const shipped: number = journal.entries.length;
    expect(shipped).toBeGreaterThanOrEqual(3);
    // Without the advisory lock two of these would race to CREATE TABLE and one would fail.
    const dbs = await Promise.all([1, 2, 3].map(() => openPgDatabase({ url, max: 2 })));
    try {
      const applied = await dbs[0]?.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
      expect(applied?.rows[0]?.n).toBe(shipped);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
    const again = await openPgDatabase({ url });
    const count = await again.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(count.rows[0]?.n).toBe(shipped);
    await again.close();
  });

  it('survives the server killing an idle pooled connection and reconnects for the next query', async () => {
    const errors: Error[] = [];
    const db = await openPgDatabase({
      url: await cluster().createDatabase('restart'),
      onIdleError: (e) => errors.push(e),
    });
    try {
      const { rows } = await db.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const admin = new pg.Client({ connectionString: cluster().urlOf('postgres') });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      await admin.end();
      await expect.poll(() => errors.length).toBe(1);
      expect((await db.pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('finds the migrations shipped with the package through its package.json export', () => {
    expect(existsSync(join(defaultPgMigrationsFolder(), 'meta', '_journal.json'))).toBe(true);
  });

  it('rejects (and ends its pool) when the migrations folder is missing', async () => {
    const url = await cluster().createDatabase('nomigrations');
    await expect(
      openPgDatabase({ url, migrationsFolder: join(tmpdir(), 'no-such-folder-festplatz') }),
    ).rejects.toThrow();
  });
});
