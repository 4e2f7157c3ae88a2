import { expect, it } from 'vitest';
import type { ContractHarness } from './harness.ts';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const ISSUER = 'https://id.bund.example/realms/bundid';

/** Accounts at OpenID providers (BundID broker, company accounts) linked to users by (issuer, subject). */
export function externalIdentitiesContract(h: () => ContractHarness): void {
  it('links a provider account to a user once and finds it again', async () => {
    const { repo } = h();
    const anna = await repo.ensureUser('anna@example.org');
    expect(await repo.findExternalIdentity(ISSUER, 'sub-1')).toBeNull();
    expect(
      await repo.linkExternalIdentity({ issuer: ISSUER, subject: 'sub-1', userId: anna.id, now: NOW }),
    ).toBe(anna.id);
    expect(await repo.findExternalIdentity(ISSUER, 'sub-1')).toBe(anna.id);
    // The same subject at another issuer is another account.
    expect(await repo.findExternalIdentity('https://other.example', 'sub-1')).toBeNull();
  });

  it('keeps the first link when a second sign-in races to link the account to someone else', async () => {
    const { repo } = h();
    const anna = await repo.ensureUser('anna@example.org');
    const bert = await repo.ensureUser('bert@example.org');
    await repo.linkExternalIdentity({ issuer: ISSUER, subject: 'sub-2', userId: anna.id, now: NOW });
    expect(
      await repo.linkExternalIdentity({ issuer: ISSUER, subject: 'sub-2', userId: bert.id, now: NOW }),
    ).toBe(anna.id);
    expect(await repo.findExternalIdentity(ISSUER, 'sub-2')).toBe(anna.id);
  });

  it('refuses a link to an unknown user (foreign key)', async () => {
    await expect(
      h().repo.linkExternalIdentity({ issuer: ISSUER, subject: 'sub-3', userId: 'nobody', now: NOW }),
    ).rejects.toThrow();
  });
}
