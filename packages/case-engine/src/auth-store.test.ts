import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consumeMagicLink, createSession, deleteSession, findSession, storeMagicLink } from './auth-store.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';
import { ensureUser } from './users.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

const now = new Date('2026-01-10T12:00:00Z');
const in15min = new Date(now.getTime() + 15 * 60_000);

describe('magic links', () => {
  it('can be consumed exactly once', () => {
    storeMagicLink(t.db, {
      tokenHash: 'h1',
      email: 'Anna@Example.org',
      expiresAt: in15min,
      next: '/apply/x',
    });
    expect(consumeMagicLink(t.db, 'h1', now)).toEqual({ email: 'anna@example.org', next: '/apply/x' });
    expect(consumeMagicLink(t.db, 'h1', now)).toBeNull();
  });

  it('cannot be consumed after expiry (expiresAt is exclusive)', () => {
    storeMagicLink(t.db, { tokenHash: 'h2', email: 'a@example.org', expiresAt: in15min, next: null });
    expect(consumeMagicLink(t.db, 'h2', in15min)).toBeNull();
    // An expired attempt must not burn the link for a (hypothetical) earlier clock either: it stays unused.
    expect(consumeMagicLink(t.db, 'h2', now)).toEqual({ email: 'a@example.org', next: null });
  });

  it('returns null for an unknown token hash', () => {
    expect(consumeMagicLink(t.db, 'unknown', now)).toBeNull();
  });
});

describe('sessions', () => {
  it('are found until they expire and can be deleted', () => {
    const user = ensureUser(t.db, 'a@example.org');
    createSession(t.db, { idHash: 's1', userId: user.id, expiresAt: in15min });
    expect(findSession(t.db, 's1', now)).toEqual({ userId: user.id, expiresAt: in15min });
    expect(findSession(t.db, 's1', in15min)).toBeNull();
    expect(findSession(t.db, 's1', new Date(in15min.getTime() + 1))).toBeNull();
    deleteSession(t.db, 's1');
    expect(findSession(t.db, 's1', now)).toBeNull();
  });
});
