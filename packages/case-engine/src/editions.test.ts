import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findEdition, listOpenEditions, saveEdition } from './editions.ts';
import { publishEventType } from './event-types.ts';
import { DURING_PERIOD, testBundle, testEdition } from './testing/fixtures.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';
import { upsertTenant } from './users.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
  upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest' } });
  upsertTenant(t.db, { id: 'werl', name: { de: 'Stadt Werl' } });
  publishEventType(t.db, 'soest', testBundle());
});
afterEach(() => t.cleanup());

describe('editions', () => {
  it('are saved with their pinned event type and found by id', () => {
    saveEdition(t.db, 'soest', testEdition());
    const found = findEdition(t.db, 'testkirmes-2026');
    expect(found).toMatchObject({ tenantId: 'soest', edition: testEdition(), eventType: testBundle() });
    expect(found?.demoOriginalPeriod).toBeNull();
    expect(findEdition(t.db, 'unknown')).toBeNull();
  });

  it('keep the demo original period and can be saved again (upsert)', () => {
    const original = { opens: '2025-11-15T00:00:00', closes: '2026-02-28T23:59:59' };
    saveEdition(t.db, 'soest', testEdition());
    saveEdition(
      t.db,
      'soest',
      testEdition({ applicationPeriod: { opens: '2020-01-01T00:00:00', closes: '2099-12-31T23:59:59' } }),
      original,
    );
    const found = findEdition(t.db, 'testkirmes-2026');
    expect(found?.demoOriginalPeriod).toEqual(original);
    expect(found?.edition.applicationPeriod.closes).toBe('2099-12-31T23:59:59');
  });

  it('refuse an unpublished event-type version and another tenant taking over the id', () => {
    expect(() => saveEdition(t.db, 'soest', testEdition({ eventTypeVersion: 9 }))).toThrow(/not published/);
    saveEdition(t.db, 'soest', testEdition());
    publishEventType(t.db, 'werl', testBundle());
    expect(() => saveEdition(t.db, 'werl', testEdition())).toThrow(/another tenant/);
    expect(findEdition(t.db, 'testkirmes-2026')?.tenantId).toBe('soest');
  });

  it('listOpenEditions returns only editions whose period is open at now (DATE-1)', () => {
    saveEdition(t.db, 'soest', testEdition());
    saveEdition(
      t.db,
      'soest',
      testEdition({
        id: 'testkirmes-2027',
        applicationPeriod: { opens: '2026-11-15T00:00:00', closes: '2027-02-28T23:59:59' },
      }),
    );
    expect(listOpenEditions(t.db, DURING_PERIOD).map((e) => e.edition.id)).toEqual(['testkirmes-2026']);
    expect(listOpenEditions(t.db, new Date('2026-03-01T00:00:00+01:00'))).toEqual([]);
  });
});
