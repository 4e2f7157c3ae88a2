import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lifecycleStatechart } from '@festplatz/core';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { startReview } from '../applications/start-review.ts';
import { defaultMigrationsFolder, type FestplatzDb, openDatabase } from '../db.ts';
import { initialStep, nextStep } from '../lifecycle.ts';
import { sqliteRepository } from '../repository/sqlite.ts';
import * as schema from '../sqlite/schema.ts';
import { DURING_PERIOD, testBundle } from '../testing/fixtures.ts';
import { seed } from '../testing/seed.ts';
import { GENESIS_HASH } from './event-hash.ts';
import { sealUnhashedEvents } from './seal.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The migrations as they were before the hash chain (0000 + 0001), to build a database of that era.
function legacyMigrations(dir: string): string {
  const folder = join(dir, 'legacy-migrations');
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.filter((e: { tag: string }) => /^000[01]_/.test(e.tag));
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** A database file written by the pre-chain schema: one submitted case with two unsealed events. */
async function legacyDatabase(): Promise<{ file: string; caseId: string; clerkId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-seal-'));
  dirs.push(dir);
  const file = join(dir, 'festplatz.db');
  const sqlite = new Database(file);
  const orm = drizzle({ client: sqlite, schema });
  migrate(orm, { migrationsFolder: legacyMigrations(dir) });
  const legacy: FestplatzDb = { orm, sqlite, close: () => sqlite.close() };
  const s = await seed(sqliteRepository(legacy));
  const hash = sqlite.prepare('SELECT content_hash FROM event_types').pluck().get() as string;
  const created = initialStep(lifecycleStatechart(testBundle()));
  const submitted = nextStep(lifecycleStatechart(testBundle()), created.snapshot, 'SUBMIT');
  const at = DURING_PERIOD.getTime();
  sqlite
    .prepare(
      `INSERT INTO applications (id, tenant_id, edition_id, applicant_id, state, snapshot, data, applicant_name,
         lifecycle, event_type_hash, submitted_at, version, created_at, updated_at)
       VALUES ('old-case', 'soest', ?, ?, 'submitted', ?, '{}', 'Anna', 'event-application@1', ?, ?, 2, ?, ?)`,
    )
    .run(s.editionId, s.applicant.id, JSON.stringify(submitted?.snapshot), hash, at, at, at);
  const insertEvent = sqlite.prepare(
    `INSERT INTO application_events (id, application_id, seq, type, payload, actor_id, at, lifecycle)
     VALUES (?, 'old-case', ?, ?, ?, ?, ?, 'event-application@1')`,
  );
  insertEvent.run('e1', 1, 'created', '{"state":"draft"}', s.applicant.id, at);
  insertEvent.run(
    'e2',
    2,
    'submitted',
    '{"event":"SUBMIT","from":"draft","to":"submitted"}',
    s.applicant.id,
    at,
  );
  sqlite.close();
  return { file, caseId: 'old-case', clerkId: s.clerk.id };
}

describe('sealing events that predate the hash chain', () => {
  it('openDatabase backfills hashes in seq order once, and new events chain onto them', async () => {
    const legacy = await legacyDatabase();
    const db = openDatabase({ file: legacy.file });
    try {
      const rows = db.sqlite
        .prepare('SELECT seq, prev_hash, hash FROM application_events ORDER BY seq')
        .all() as { seq: number; prev_hash: string; hash: string }[];
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
      expect(rows[1]?.hash).toMatch(/^[0-9a-f]{64}$/);
      const repo = sqliteRepository(db);
      expect(await repo.verifyAuditChains()).toEqual({ ok: true, cases: 1, events: 2, broken: [] });

      // Nothing left to seal; the content of the old rows is untouched.
      expect(sealUnhashedEvents(db)).toBe(0);
      expect(db.sqlite.prepare("SELECT payload FROM application_events WHERE id = 'e1'").pluck().get()).toBe(
        '{"state":"draft"}',
      );

      const review = await startReview(repo, {
        tenantId: 'soest',
        applicationId: legacy.caseId,
        actorId: legacy.clerkId,
        now: DURING_PERIOD,
      });
      expect(review.ok).toBe(true);
      expect(await repo.verifyAuditChains()).toMatchObject({ ok: true, events: 3 });
    } finally {
      db.close();
    }
  });

  it('is a no-op on reopen (hashes are stable)', async () => {
    const legacy = await legacyDatabase();
    const read = (db: FestplatzDb) =>
      db.sqlite.prepare('SELECT hash FROM application_events ORDER BY seq').pluck().all();
    const first = openDatabase({ file: legacy.file });
    const hashes = read(first);
    first.close();
    const second = openDatabase({ file: legacy.file });
    expect(read(second)).toEqual(hashes);
    second.close();
  });
});
