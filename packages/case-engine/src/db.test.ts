import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, openDatabase } from './db.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-db-'));
  dirs.push(dir);
  return join(dir, 'nested', 'deeper', 'festplatz.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tableNames(db: ReturnType<typeof openDatabase>): string[] {
  return db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('openDatabase', () => {
  it('creates the parent directories and applies all migrations to a fresh file', () => {
    const file = tempFile();
    const db = openDatabase({ file });
    expect(existsSync(file)).toBe(true);
    expect(tableNames(db)).toEqual([
      '__drizzle_migrations',
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
    const triggers = db.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
      .pluck()
      .all();
    expect(triggers).toEqual([
      'application_events_no_delete',
      'application_events_no_update',
      'application_events_sealed_insert',
    ]);
    db.close();
  });

  it('is idempotent on reopen: migrations run once and data survives', () => {
    const file = tempFile();
    const first = openDatabase({ file });
    first.sqlite
      .prepare('INSERT INTO tenants (id, name, created_at) VALUES (\'soest\', \'{"de":"Stadt Soest"}\', 0)')
      .run();
    const applied = first.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
    first.close();

    const second = openDatabase({ file });
    expect(second.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(applied);
    expect(second.sqlite.prepare('SELECT id FROM tenants').pluck().all()).toEqual(['soest']);
    second.close();
  });

  it('runs in WAL mode with foreign keys on and a busy timeout', () => {
    const db = openDatabase({ file: tempFile() });
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(() =>
      db.sqlite
        .prepare(
          "INSERT INTO sessions (id_hash, user_id, expires_at, created_at) VALUES ('h', 'nobody', 0, 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('finds the migrations shipped with the package through its package.json export', () => {
    expect(existsSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'))).toBe(true);
  });

  it('throws (and closes the file) when the migrations folder is missing', () => {
    expect(() =>
      openDatabase({ file: tempFile(), migrationsFolder: join(tmpdir(), 'no-such-folder-festplatz') }),
    ).toThrow();
  });
});
