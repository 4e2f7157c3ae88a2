import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBundle } from './testing/fixtures.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

let t: TempDb;
beforeEach(async () => {
  t = openTempDb();
  await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  await t.repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
});
afterEach(() => t.cleanup());

describe('publishEventType', () => {
  it('stores the bundle with the sha-256 of its canonical JSON, found by that hash in its tenant', async () => {
    const result = await t.repo.publishEventType('soest', testBundle());
    expect(result).toMatchObject({ ok: true, created: true });
    expect(result.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.repo.findEventTypeByHash('soest', result.hash)).toEqual(testBundle());
    expect(await t.repo.findEventTypeByHash('werl', result.hash)).toBeNull();
    expect(await t.repo.findEventTypeByHash('soest', 'f'.repeat(64))).toBeNull();
  });

  it('is a no-op when the same content is republished, whatever the key order', async () => {
    const first = await t.repo.publishEventType('soest', testBundle());
    const { title, ...rest } = testBundle();
    const reordered = { ...rest, title } as ReturnType<typeof testBundle>;
    expect(await t.repo.publishEventType('soest', reordered)).toEqual({
      ok: true,
      hash: first.hash,
      created: false,
    });
    expect(t.db.sqlite.prepare('SELECT count(*) FROM event_types').pluck().get()).toBe(1);
  });

  it('refuses different content under a published version (immutable) and keeps the original', async () => {
    const first = await t.repo.publishEventType('soest', testBundle());
    const changed = testBundle({ title: { de: 'Andere Kirmes' } });
    const result = await t.repo.publishEventType('soest', changed);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', existingHash: first.hash } });
    expect(await t.repo.findEventTypeByHash('soest', first.hash)).toEqual(testBundle());
    expect(await t.repo.findEventTypeByHash('soest', result.hash)).toBeNull();
    // A new version is the way to change it.
    expect(
      await t.repo.publishEventType('soest', testBundle({ version: 2, title: { de: 'Andere Kirmes' } })),
    ).toMatchObject({ ok: true, created: true });
  });
});
