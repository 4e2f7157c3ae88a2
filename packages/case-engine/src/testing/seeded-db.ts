import type { EventType } from '@festplatz/core';
import { afterEach, beforeEach } from 'vitest';
import { type Seeded, seed } from './seed.ts';
import { openTempDb, type TempDb } from './temp-db.ts';

/** A fresh temp database and the standard world seeded into it. */
export interface SeededDb {
  t: TempDb;
  s: Seeded;
}

/**
 * Registers the hooks of a test file whose tests each start from a fresh, seeded temp database (closed and
 * removed after the test): `take` receives each one, for the file's own variables. `bundle` as in seed().
 */
export function seededDbPerTest(take: (world: SeededDb) => void, bundle?: EventType): void {
  let t: TempDb | undefined;
  beforeEach(async () => {
    t = openTempDb();
    take({ t, s: await seed(t.repo, bundle) });
  });
  afterEach(() => t?.cleanup());
}
