import { describe } from 'vitest';
import { sqliteRepository } from '../../src/repository/sqlite.ts';
import { openTempDb } from '../../src/testing/temp-db.ts';
import { repositoryContract } from './repository.contract.ts';

// The contract on SQLite: a real, migrated file in a fresh temp directory per test.
describe('repository contract: SQLite', () => {
  repositoryContract(async () => {
    const temp = openTempDb();
    return {
      repo: sqliteRepository(temp.db),
      exec: async (sql) => {
        temp.db.sqlite.exec(sql);
      },
      // The file is thrown away after the test, so the triggers are simply dropped.
      tamper: async (sql) => {
        temp.db.sqlite.exec(
          `DROP TRIGGER IF EXISTS application_events_no_update;
           DROP TRIGGER IF EXISTS application_events_no_delete;
           ${sql}`,
        );
      },
      query: async (sql) => temp.db.sqlite.prepare(sql).all() as Record<string, unknown>[],
      close: async () => temp.cleanup(),
    };
  });
});
