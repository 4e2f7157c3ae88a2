import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { findEdition, saveEdition } from './editions.ts';
import { publishEventType } from './event-types.ts';
import { testBundle, testEdition } from './testing/fixtures.ts';
import { upsertTenant } from './users.ts';

describe('shared bundles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hands out one object per published bundle, so compiled validators are reused across requests', () => {
    dir = mkdtempSync(join(tmpdir(), 'festplatz-bundle-cache-'));
    const db = openDatabase({ file: join(dir, 'cases.db') });
    upsertTenant(db, { id: 'soest', name: { de: 'Stadt Soest' } });
    publishEventType(db, 'soest', testBundle());
    saveEdition(db, 'soest', testEdition());
    const first = findEdition(db, 'testkirmes-2026');
    const second = findEdition(db, 'testkirmes-2026');
    expect(first?.eventType).toEqual(testBundle());
    expect(second?.eventType).toBe(first?.eventType);
    db.close();
  });
});
