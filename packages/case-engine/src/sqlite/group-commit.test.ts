import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

// On a real WAL file. The number of transactions is read from the WAL itself: every COMMIT appends frames
// whose last one carries the database size (a commit record); automatic checkpoints are off so none is lost.

let dir: string;
let file: string;
let sqlite: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'festplatz-group-commit-'));
  file = join(dir, 'test.db');
  sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
    CREATE TABLE items (name TEXT PRIMARY KEY,
      parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)`);
});
afterEach(() => {
  if (sqlite.open) sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Commit records in the WAL (frames whose "database size after commit" field is not zero). */
function walCommits(): number {
  const wal = readFileSync(`${file}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    const current = wal.readUInt32BE(offset + 8) === salts[0] && wal.readUInt32BE(offset + 12) === salts[1];
    if (current && wal.readUInt32BE(offset + 4) !== 0) commits++;
  }
  return commits;
}

const insert =
  (name: string, parent: number | null = null) =>
  () =>
    sqlite.prepare('INSERT INTO items (name, parent) VALUES (?, ?)').run(name, parent).changes;

const names = () => sqlite.prepare('SELECT name FROM items ORDER BY name').pluck().all();

describe('group commit', () => {
  it('runs the units of one turn in one transaction, each result after that commit', async () => {
    const committer = groupCommit(sqlite);
    const before = walCommits();
    const units = Array.from({ length: 50 }, (_, i) => committer.run(insert(`item-${i}`)));
    // Nothing runs before the flush on the next setImmediate.
    expect(names()).toEqual([]);
    expect(await Promise.all(units)).toEqual(Array(50).fill(1));
    expect(walCommits() - before).toBe(1);
    sqlite.close();
    const reopened = new Database(file);
    try {
      expect(reopened.prepare('SELECT count(*) FROM items').pluck().get()).toBe(50);
    } finally {
      reopened.close();
    }
  });

  it('gives units awaited one after another a transaction each', async () => {
    const committer = groupCommit(sqlite);
    const before = walCommits();
    for (let i = 0; i < 3; i++) await committer.run(insert(`item-${i}`));
    expect(walCommits() - before).toBe(3);
  });

  it('a unit that throws is rolled back alone and rejects; the others commit', async () => {
    const committer = groupCommit(sqlite);
    const failing = committer.run(() => {
      insert('half-done')();
      throw new Error('unit failed');
    });
    const results = await Promise.allSettled([
      committer.run(insert('first')),
      failing,
      committer.run(insert('first')), // duplicate key: fails on its own statement
      committer.run(insert('last')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    await expect(failing).rejects.toThrow('unit failed');
    expect(names()).toEqual(['first', 'last']);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('a lone unit that throws is rolled back and rejects', async () => {
    const committer = groupCommit(sqlite);
    await expect(
      committer.run(() => {
        insert('half-done')();
        throw new Error('unit failed');
      }),
    ).rejects.toThrow('unit failed');
    expect(names()).toEqual([]);
    expect(sqlite.inTransaction).toBe(false);
    await committer.run(insert('after'));
    expect(names()).toEqual(['after']);
  });

  it('when the COMMIT fails, every unit of the batch rejects and nothing is stored', async () => {
    const committer = groupCommit(sqlite);
    // A deferred foreign key is checked at COMMIT, so each unit succeeds and the COMMIT refuses the batch.
    const results = await Promise.allSettled([
      committer.run(insert('fine')),
      committer.run(insert('orphan', 42)),
    ]);
    expect(results).toEqual([
      { status: 'rejected', reason: expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }) },
      { status: 'rejected', reason: expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }) },
    ]);
    expect(sqlite.inTransaction).toBe(false);
    expect(names()).toEqual([]);
    // The committer goes on with the next batch.
    await committer.run(insert('after'));
    expect(names()).toEqual(['after']);
  });
});
