import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findEventTypeRow, publishEventType } from './event-types.ts';
import { testBundle } from './testing/fixtures.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';
import { upsertTenant } from './users.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
  upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest' } });
});
afterEach(() => t.cleanup());

describe('publishEventType', () => {
  it('stores the bundle with the sha-256 of its canonical JSON', () => {
    const result = publishEventType(t.db, 'soest', testBundle());
    expect(result).toMatchObject({ ok: true, created: true });
    expect(result.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(findEventTypeRow(t.db, 'soest', 'testkirmes', 1)).toEqual({
      bundle: testBundle(),
      contentHash: result.hash,
    });
  });

  it('is a no-op when the same content is republished, whatever the key order', () => {
    const first = publishEventType(t.db, 'soest', testBundle());
    const { title, ...rest } = testBundle();
    const reordered = { ...rest, title } as ReturnType<typeof testBundle>;
    expect(publishEventType(t.db, 'soest', reordered)).toEqual({
      ok: true,
      hash: first.hash,
      created: false,
    });
    expect(t.db.sqlite.prepare('SELECT count(*) FROM event_types').pluck().get()).toBe(1);
  });

  it('refuses different content under a published version (immutable) and keeps the original', () => {
    const first = publishEventType(t.db, 'soest', testBundle());
    const changed = testBundle({ title: { de: 'Andere Kirmes' } });
    const result = publishEventType(t.db, 'soest', changed);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', existingHash: first.hash } });
    expect(findEventTypeRow(t.db, 'soest', 'testkirmes', 1)?.bundle).toEqual(testBundle());
    // A new version is the way to change it.
    expect(
      publishEventType(t.db, 'soest', testBundle({ version: 2, title: { de: 'Andere Kirmes' } })),
    ).toMatchObject({
      ok: true,
      created: true,
    });
  });
});
