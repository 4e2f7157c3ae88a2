import { getTableName } from 'drizzle-orm';
import { PgTable, getTableConfig as pgTableConfig } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqlite from '../sqlite/schema.ts';
import * as pg from './schema.ts';

// One schema per dialect, kept in step by hand: this test fails when a table or column exists on one side only,
// so a change to src/sqlite/schema.ts cannot silently leave PostgreSQL behind (and the other way round).
function shape(tables: { name: string; columns: { name: string }[] }[]): Record<string, string[]> {
  return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]).sort());
}

describe('PostgreSQL schema', () => {
  it('has the same tables and columns as the SQLite schema', () => {
    const pgTables = Object.values(pg).filter((v) => v instanceof PgTable);
    const sqliteTables = Object.values(sqlite).filter((v) => v instanceof SQLiteTable);
    expect(pgTables.map(getTableName).sort()).toEqual(sqliteTables.map(getTableName).sort());
    expect(shape(pgTables.map(pgTableConfig))).toEqual(shape(sqliteTables.map(sqliteTableConfig)));
  });
});
