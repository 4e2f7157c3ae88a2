import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DURING_PERIOD, testBundle, testEdition } from './testing/fixtures.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

let t: TempDb;
beforeEach(async () => {
  t = openTempDb();
  await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  await t.repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
  await t.repo.publishEventType('soest', testBundle());
});
afterEach(() => t.cleanup());

describe('editions', () => {
  it('are saved with their pinned event type and found by id', async () => {
    await t.repo.saveEdition('soest', testEdition());
    const found = await t.repo.findEdition('testkirmes-2026');
    expect(found).toMatchObject({ tenantId: 'soest', edition: testEdition(), eventType: testBundle() });
    expect(found?.demoOriginalPeriod).toBeNull();
    expect(await t.repo.findEdition('unknown')).toBeNull();
  });

  it('keep the demo original period and can be saved again (upsert)', async () => {
    const original = { opens: '2025-11-15T00:00:00', closes: '2026-02-28T23:59:59' };
    await t.repo.saveEdition('soest', testEdition());
    await t.repo.saveEdition(
      'soest',
      testEdition({ applicationPeriod: { opens: '2020-01-01T00:00:00', closes: '2099-12-31T23:59:59' } }),
      original,
    );
    const found = await t.repo.findEdition('testkirmes-2026');
    expect(found?.demoOriginalPeriod).toEqual(original);
    expect(found?.edition.applicationPeriod.closes).toBe('2099-12-31T23:59:59');
  });

  it('refuse an unpublished event-type version and another tenant taking over the id', async () => {
    await expect(t.repo.saveEdition('soest', testEdition({ eventTypeVersion: 9 }))).rejects.toThrow(
      /not published/,
    );
    await t.repo.saveEdition('soest', testEdition());
    await t.repo.publishEventType('werl', testBundle());
    await expect(t.repo.saveEdition('werl', testEdition())).rejects.toThrow(/another tenant/);
    expect((await t.repo.findEdition('testkirmes-2026'))?.tenantId).toBe('soest');
  });

  it('listOpenEditions returns only editions whose period is open at now (DATE-1)', async () => {
    await t.repo.saveEdition('soest', testEdition());
    await t.repo.saveEdition(
      'soest',
      testEdition({
        id: 'testkirmes-2027',
        applicationPeriod: { opens: '2026-11-15T00:00:00', closes: '2027-02-28T23:59:59' },
      }),
    );
    const open = await t.repo.listOpenEditions(DURING_PERIOD);
    expect(open.map((e) => e.edition.id)).toEqual(['testkirmes-2026']);
    expect(await t.repo.listOpenEditions(new Date('2026-03-01T00:00:00+01:00'))).toEqual([]);
  });
});
