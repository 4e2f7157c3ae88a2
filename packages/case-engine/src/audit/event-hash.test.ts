import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, type HashedEventContent } from './event-hash.ts';

const base: HashedEventContent = {
  applicationId: 'a1',
  seq: 1,
  type: 'submitted',
  payload: { event: 'SUBMIT', from: 'draft', to: 'submitted' },
  actorId: 'u1',
  at: new Date('2026-01-15T09:00:00.000Z'),
  lifecycle: 'event-application@1',
  prevHash: GENESIS_HASH,
};

describe('eventHash (SEC-6)', () => {
  it('is a sha-256 hex digest that does not depend on payload key order', () => {
    const hash = eventHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...base, payload: { to: 'submitted', from: 'draft', event: 'SUBMIT' } })).toBe(hash);
  });

  it('changes when any covered field changes', () => {
    const variants: Partial<HashedEventContent>[] = [
      { applicationId: 'a2' },
      { seq: 2 },
      { type: 'created' },
      { payload: { event: 'SUBMIT', from: 'draft', to: 'in_review' } },
      { actorId: null },
      { at: new Date('2026-01-15T09:00:00.001Z') },
      { lifecycle: 'event-application@2' },
      { prevHash: 'f'.repeat(64) },
    ];
    const hashes = new Set([eventHash(base), ...variants.map((v) => eventHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('gives the same hash for a payload after a JSON round trip (what the database returns)', () => {
    const payload = { when: new Date('2026-01-01T00:00:00Z'), skip: undefined, list: [1, 'x'] };
    expect(eventHash({ ...base, payload: JSON.parse(JSON.stringify(payload)) })).toBe(
      eventHash({ ...base, payload }),
    );
  });
});
