import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FestplatzDb, openDatabase } from '../db.ts';
import { sqliteRepository } from '../repository/sqlite.ts';
import type { Repository } from '../repository/types.ts';

/**
 * A real SQLite file in a fresh temp directory with the repository over it (`db` for raw checks the
 * interface does not offer); `cleanup()` closes it and removes the directory.
 */
export interface TempDb {
  db: FestplatzDb;
  repo: Repository;
  dir: string;
  file: string;
  cleanup(): void;
}

/** Opens a migrated database in a new temp directory (nested path, to exercise mkdir -p). */
export function openTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-case-engine-'));
  const file = join(dir, 'data', 'festplatz.db');
  const db = openDatabase({ file });
  return {
    db,
    repo: sqliteRepository(db),
    dir,
    file,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
