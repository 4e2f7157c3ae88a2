import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBundle, testEdition } from './testing/fixtures.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

describe('shared bundles', () => {
  it('hands out one object per published bundle, so compiled validators are reused across requests', async () => {
    await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await t.repo.publishEventType('soest', testBundle());
    await t.repo.saveEdition('soest', testEdition());
    const first = await t.repo.findEdition('testkirmes-2026');
    const second = await t.repo.findEdition('testkirmes-2026');
    expect(first?.eventType).toEqual(testBundle());
    expect(second?.eventType).toBe(first?.eventType);
    // The bundle a case pins, read by its hash, is that same object.
    expect(await t.repo.findEventTypeByHash('soest', first?.eventTypeHash ?? '')).toBe(first?.eventType);
  });
});
