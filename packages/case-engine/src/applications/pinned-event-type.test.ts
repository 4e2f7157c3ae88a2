import { describe, expect, it } from 'vitest';
import type { Repository } from '../repository/types.ts';
import { submitValid } from '../testing/commands.ts';
import { testBundle } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { pinnedEventType } from './pinned-event-type.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

/** The repository with its bundle reads counted. */
function counting(repo: Repository): { repo: Repository; reads: () => number } {
  let reads = 0;
  const findEventTypeByHash: Repository['findEventTypeByHash'] = (tenantId, hash) => {
    reads++;
    return repo.findEventTypeByHash(tenantId, hash);
  };
  return { repo: { ...repo, findEventTypeByHash }, reads: () => reads };
}

describe('pinnedEventType', () => {
  it('reads a bundle once per repository, also for concurrent first commands', async () => {
    const { eventTypeHash } = await submitValid(t.repo, s);
    const c = counting(t.repo);
    const pinned = { tenantId: 'soest', eventTypeHash };
    const [a, b] = await Promise.all([pinnedEventType(c.repo, pinned), pinnedEventType(c.repo, pinned)]);
    expect(a).toBe(b);
    expect(a.id).toBe('testkirmes');
    expect(await pinnedEventType(c.repo, pinned)).toBe(a);
    expect(c.reads()).toBe(1);
  });

  it("never finds another tenant's bundle, and does not cache the miss", async () => {
    const { eventTypeHash } = await submitValid(t.repo, s);
    const c = counting(t.repo);
    await expect(pinnedEventType(c.repo, { tenantId: 'werl', eventTypeHash })).rejects.toThrow(/missing/);
    // Once werl publishes the same bundle, the hash is found there too.
    await t.repo.publishEventType('werl', testBundle());
    expect((await pinnedEventType(c.repo, { tenantId: 'werl', eventTypeHash })).id).toBe('testkirmes');
    expect(c.reads()).toBe(2);
  });
});
