import { describe, expect, it } from 'vitest';
import { checkChains, type StoredChainEvent } from './check-chains.ts';
import { eventHash, GENESIS_HASH } from './event-hash.ts';

// Builds a correctly sealed chain of `n` events for one case.
function chain(applicationId: string, n: number): StoredChainEvent[] {
  const events: StoredChainEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      applicationId,
      seq,
      type: `step${seq}`,
      payload: { n: seq },
      actorId: null,
      at: new Date(Date.UTC(2026, 0, seq)),
      lifecycle: 'event-application@1',
      prevHash,
    };
    const hash = eventHash(content);
    events.push({ ...content, hash });
    prevHash = hash;
  }
  return events;
}

describe('checkChains', () => {
  it('accepts intact chains and counts cases and events', () => {
    expect(checkChains([...chain('a', 3), ...chain('b', 2)])).toEqual({
      ok: true,
      cases: 2,
      events: 5,
      broken: [],
    });
    expect(checkChains([])).toEqual({ ok: true, cases: 0, events: 0, broken: [] });
  });

  it('reports an edited payload as hash_mismatch at that event, and only the first break per case', () => {
    const a = chain('a', 4);
    a[1] = { ...(a[1] as StoredChainEvent), payload: { n: 99 } };
    a[3] = { ...(a[3] as StoredChainEvent), type: 'forged' };
    const result = checkChains([...a, ...chain('b', 2)]);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([{ applicationId: 'a', seq: 2, reason: 'hash_mismatch' }]);
  });

  it('reports an edited AND re-hashed event at its successor as prev_hash_mismatch', () => {
    const a = chain('a', 3);
    const edited = { ...(a[1] as StoredChainEvent), payload: { n: 99 } };
    a[1] = { ...edited, hash: eventHash({ ...edited, prevHash: edited.prevHash as string }) };
    expect(checkChains(a).broken).toEqual([{ applicationId: 'a', seq: 3, reason: 'prev_hash_mismatch' }]);
  });

  it('reports a removed event as seq_gap with the missing seq', () => {
    const a = chain('a', 3);
    a.splice(1, 1);
    expect(checkChains(a).broken).toEqual([
      { applicationId: 'a', seq: 3, reason: 'seq_gap', expectedSeq: 2 },
    ]);
  });

  it('treats an unsealed row (null hash) as hash_mismatch', () => {
    const a = chain('a', 1);
    a[0] = { ...(a[0] as StoredChainEvent), hash: null };
    expect(checkChains(a).broken).toEqual([{ applicationId: 'a', seq: 1, reason: 'hash_mismatch' }]);
  });
});
