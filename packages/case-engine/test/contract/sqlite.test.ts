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
      query: async (sql) => temp.db.sqlite.prepare(sql).all() as Record<string, unknown>[],
      close: async () => temp.cleanup(),
    };
  });
});
