import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

const now = new Date('2026-01-10T12:00:00Z');
const in15min = new Date(now.getTime() + 15 * 60_000);

describe('magic links', () => {
  it('can be consumed exactly once', async () => {
    await t.repo.storeMagicLink({
      tokenHash: 'h1',
      email: 'Anna@Example.org',
      expiresAt: in15min,
      next: '/apply/x',
    });
    expect(await t.repo.consumeMagicLink('h1', now)).toEqual({ email: 'anna@example.org', next: '/apply/x' });
    expect(await t.repo.consumeMagicLink('h1', now)).toBeNull();
  });

  it('cannot be consumed after expiry (expiresAt is exclusive)', async () => {
    await t.repo.storeMagicLink({ tokenHash: 'h2', email: 'a@example.org', expiresAt: in15min, next: null });
    expect(await t.repo.consumeMagicLink('h2', in15min)).toBeNull();
    // An expired attempt must not burn the link for a (hypothetical) earlier clock either: it stays unused.
    expect(await t.repo.consumeMagicLink('h2', now)).toEqual({ email: 'a@example.org', next: null });
  });

  it('returns null for an unknown token hash', async () => {
    expect(await t.repo.consumeMagicLink('unknown', now)).toBeNull();
  });
});

describe('sessions', () => {
  it('are found until they expire and can be deleted', async () => {
    const user = await t.repo.ensureUser('a@example.org');
    await t.repo.createSession({ idHash: 's1', userId: user.id, createdAt: now, expiresAt: in15min });
    expect(await t.repo.findSession('s1', now)).toEqual({
      userId: user.id,
      createdAt: now,
      expiresAt: in15min,
      authMethod: 'email',
      trustLevel: 'basis',
      representing: null,
    });
    expect(await t.repo.findSession('s1', in15min)).toBeNull();
    expect(await t.repo.findSession('s1', new Date(in15min.getTime() + 1))).toBeNull();
    await t.repo.deleteSession('s1');
    expect(await t.repo.findSession('s1', now)).toBeNull();
  });
});
