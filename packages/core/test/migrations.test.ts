import { describe, expect, it } from 'vitest';
import { migrateEdition, migrateEventType } from '../src/migrations/migrate.ts';
import { parseEdition } from '../src/parse-edition.ts';
import { readMigrationPairs } from './support/fixtures.ts';

const pairs = readMigrationPairs();

// biome-ignore lint/suspicious/noExplicitAny: the test edits raw v1 JSON.
type Raw = any;

describe('schemaVersion migrations (one file per step, fixture pairs <name>.v1.json -> <name>.v2.json)', () => {
  it('has the committed Soest v1 bundle and edition among its fixtures', () => {
    expect(pairs.map((pair) => pair.name)).toEqual(
      expect.arrayContaining(['soest-kirmes', 'soest-kirmes-2026.edition', 'public-facility']),
    );
  });

  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s migrates to its v2 fixture', (name, pair) => {
    const migrate = name.endsWith('.edition') ? migrateEdition : migrateEventType;
    expect(migrate(pair.v1)).toEqual(pair.v2);
  });

  it('takes field types from the form schema (roles -> fields)', () => {
    const v1 = pairs.find((pair) => pair.name === 'public-facility')?.v1 as Raw;
    v1.form.roles.familyName = '/members';
    const v2 = migrateEventType(v1) as Raw;
    expect(v2.form.fields.familyName).toEqual({ pointer: '/members', type: 'integer' });
  });

  it('leaves current, unknown and non-object input alone', () => {
    const current = { schemaVersion: 2, id: 'x' };
    expect(migrateEventType(current)).toBe(current);
    expect(migrateEventType({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
    expect(migrateEventType('text')).toBe('text');
    expect(migrateEventType(null)).toBe(null);
    expect(migrateEventType([1])).toEqual([1]);
  });

  it('does not change its input', () => {
    const pair = pairs.find((p) => p.name === 'soest-kirmes');
    const before = JSON.stringify(pair?.v1);
    migrateEventType(pair?.v1);
    expect(JSON.stringify(pair?.v1)).toBe(before);
  });

  it('makes a v1 edition a valid v2 edition (parseEdition migrates before validation)', () => {
    const pair = pairs.find((p) => p.name === 'soest-kirmes-2026.edition');
    const result = parseEdition(pair?.v1);
    expect(result.ok ? result.value.schemaVersion : result.issues).toBe(2);
  });
});
