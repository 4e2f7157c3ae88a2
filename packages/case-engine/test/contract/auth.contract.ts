import { expect, it } from 'vitest';
import type { ContractHarness } from './harness.ts';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
/** A session created without sign-in circumstances is a magic-link one: e-mail, basis, for oneself. */
const EMAIL = { authMethod: 'email', trustLevel: 'basis', representing: null };

/** Magic links (single use, expiry) and sessions. */
export function authContract(h: () => ContractHarness): void {
  it('redeems a magic link exactly once, with the normalised e-mail and next path', async () => {
    const { repo } = h();
    await repo.storeMagicLink({
      tokenHash: 'h1',
      email: 'Anna@Example.org',
      expiresAt: later(60_000),
      next: '/x',
    });
    expect(await repo.consumeMagicLink('h1', NOW)).toEqual({ email: 'anna@example.org', next: '/x' });
    expect(await repo.consumeMagicLink('h1', NOW)).toBeNull();
  });

  it('refuses an expired or unknown magic link', async () => {
    const { repo } = h();
    await repo.storeMagicLink({
      tokenHash: 'h2',
      email: 'a@example.org',
      expiresAt: later(1_000),
      next: null,
    });
    expect(await repo.consumeMagicLink('h2', later(1_000))).toBeNull();
    expect(await repo.consumeMagicLink('unknown', NOW)).toBeNull();
  });

  it('two concurrent redemptions of one link: exactly one wins', async () => {
    const { repo } = h();
    await repo.storeMagicLink({
      tokenHash: 'h3',
      email: 'a@example.org',
      expiresAt: later(60_000),
      next: null,
    });
    const results = await Promise.all([repo.consumeMagicLink('h3', NOW), repo.consumeMagicLink('h3', NOW)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('finds a session until it expires and forgets it after sign-out', async () => {
    const { repo } = h();
    const user = await repo.ensureUser('anna@example.org');
    const expiresAt = new Date('2026-01-15T11:00:00.123Z');
    await repo.createSession({ idHash: 's1', userId: user.id, createdAt: NOW, expiresAt });
    expect(await repo.findSession('s1', NOW)).toEqual({
      userId: user.id,
      createdAt: NOW,
      expiresAt,
      ...EMAIL,
    });
    expect(await repo.findSession('s1', expiresAt)).toBeNull();
    await repo.deleteSession('s1');
    expect(await repo.findSession('s1', NOW)).toBeNull();
    await expect(repo.deleteSession('s1')).resolves.toBeUndefined();
  });

  it('extends a session only while it is still valid', async () => {
    const { repo } = h();
    const user = await repo.ensureUser('bert@example.org');
    await repo.createSession({ idHash: 's3', userId: user.id, createdAt: NOW, expiresAt: later(60_000) });
    expect(await repo.extendSession('s3', later(30_000), later(120_000))).toBe(true);
    expect(await repo.findSession('s3', later(90_000))).toEqual({
      userId: user.id,
      createdAt: NOW,
      expiresAt: later(120_000),
      ...EMAIL,
    });
    expect(await repo.extendSession('s3', later(120_000), later(180_000))).toBe(false);
    expect(await repo.findSession('s3', later(120_000))).toBeNull();
    expect(await repo.extendSession('unknown', NOW, later(60_000))).toBe(false);
  });

  it('keeps how the user signed in: OIDC, its trust level and the company acted for (AUTH-2, AUTH-4)', async () => {
    const { repo } = h();
    const user = await repo.ensureUser('carla@example.org');
    const representing = {
      organisationName: 'Schaustellerbetrieb Muster GmbH',
      organisationId: 'DE-ELSTER-4711',
      role: 'Geschäftsführerin',
    };
    const expiresAt = later(60_000);
    await repo.createSession({
      idHash: 's4',
      userId: user.id,
      createdAt: NOW,
      expiresAt,
      authMethod: 'oidc',
      trustLevel: 'hoch',
      representing,
    });
    await repo.createSession({
      idHash: 's5',
      userId: user.id,
      createdAt: NOW,
      expiresAt,
      authMethod: 'oidc',
      trustLevel: 'substanziell',
    });
    expect(await repo.findSession('s4', NOW)).toEqual({
      userId: user.id,
      createdAt: NOW,
      expiresAt,
      authMethod: 'oidc',
      trustLevel: 'hoch',
      representing,
    });
    expect(await repo.findSession('s5', NOW)).toMatchObject({
      trustLevel: 'substanziell',
      representing: null,
    });
    // Extending a session keeps what the sign-in achieved.
    expect(await repo.extendSession('s4', NOW, later(120_000))).toBe(true);
    expect(await repo.findSession('s4', NOW)).toMatchObject({ trustLevel: 'hoch', representing });
  });

  it('rejects a session of an unknown user (foreign key)', async () => {
    await expect(
      h().repo.createSession({ idHash: 's2', userId: 'nobody', createdAt: NOW, expiresAt: NOW }),
    ).rejects.toThrow();
  });
}
