import { expect, it } from 'vitest';
import { type ContractHarness, jsonValue } from './harness.ts';

/** Tenants, users and staff memberships. */
export function accountsContract(h: () => ContractHarness): void {
  it('upserts a tenant: the second call renames it, no duplicate row', async () => {
    await h().repo.upsertTenant({ id: 'soest', name: { de: 'Soest' } });
    await h().repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest', en: 'City of Soest' } });
    const rows = await h().query('SELECT id, name FROM tenants');
    expect(rows.map((r) => ({ id: r.id, name: jsonValue(r.name) }))).toEqual([
      { id: 'soest', name: { de: 'Stadt Soest', en: 'City of Soest' } },
    ]);
  });

  it('ensureUser normalises the address and returns the same user every time', async () => {
    const first = await h().repo.ensureUser('  Anna@Example.ORG ');
    const again = await h().repo.ensureUser('anna@example.org');
    expect(first.email).toBe('anna@example.org');
    expect(again).toEqual(first);
    expect(await h().repo.findUserById(first.id)).toEqual(first);
    expect(await h().repo.findUserById('no-such-user')).toBeNull();
  });

  it('grants roles idempotently and lists them ordered by tenant and role', async () => {
    await h().repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    await h().repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    const user = await h().repo.ensureUser('kirmesbuero@soest.example');
    await h().repo.grantRole({ userId: user.id, tenantId: 'werl', role: 'reviewer' });
    await h().repo.grantRole({ userId: user.id, tenantId: 'soest', role: 'clerk' });
    await h().repo.grantRole({ userId: user.id, tenantId: 'soest', role: 'admin' });
    await h().repo.grantRole({ userId: user.id, tenantId: 'soest', role: 'clerk' });
    expect(await h().repo.membershipsOf(user.id)).toEqual([
      { tenantId: 'soest', role: 'admin' },
      { tenantId: 'soest', role: 'clerk' },
      { tenantId: 'werl', role: 'reviewer' },
    ]);
    expect(await h().repo.membershipsOf('nobody')).toEqual([]);
  });

  it('lists the staff of one tenant with their e-mail addresses, ordered by e-mail and role', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    const zoe = await repo.ensureUser('zoe@soest.example');
    const ada = await repo.ensureUser('ada@soest.example');
    const other = await repo.ensureUser('bob@werl.example');
    await repo.ensureUser('applicant@example.org');
    await repo.grantRole({ userId: zoe.id, tenantId: 'soest', role: 'clerk' });
    await repo.grantRole({ userId: ada.id, tenantId: 'soest', role: 'reviewer' });
    await repo.grantRole({ userId: ada.id, tenantId: 'soest', role: 'admin' });
    await repo.grantRole({ userId: other.id, tenantId: 'werl', role: 'admin' });
    expect(await repo.listTenantStaff('soest')).toEqual([
      { userId: ada.id, email: 'ada@soest.example', role: 'admin' },
      { userId: ada.id, email: 'ada@soest.example', role: 'reviewer' },
      { userId: zoe.id, email: 'zoe@soest.example', role: 'clerk' },
    ]);
    expect(await repo.listTenantStaff('nowhere')).toEqual([]);
  });

  it('rejects a role for an unknown tenant (foreign key)', async () => {
    const user = await h().repo.ensureUser('x@example.org');
    await expect(
      h().repo.grantRole({ userId: user.id, tenantId: 'nowhere', role: 'admin' }),
    ).rejects.toThrow();
  });
}
