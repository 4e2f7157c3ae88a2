import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

describe('users, tenants and staff roles', () => {
  it('ensureUser normalises the e-mail address and returns the same user every time', async () => {
    const first = await t.repo.ensureUser('  Anna@Example.ORG ');
    expect(first.email).toBe('anna@example.org');
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await t.repo.ensureUser('anna@example.org')).toEqual(first);
    expect(await t.repo.findUserById(first.id)).toEqual(first);
    expect(await t.repo.findUserById('nope')).toBeNull();
  });

  it('upsertTenant renames an existing tenant instead of failing', async () => {
    await t.repo.upsertTenant({ id: 'soest', name: { de: 'Soest' } });
    await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest', en: 'City of Soest' } });
    expect(t.db.sqlite.prepare('SELECT name FROM tenants').pluck().all()).toEqual([
      JSON.stringify({ de: 'Stadt Soest', en: 'City of Soest' }),
    ]);
  });

  it('grantRole is idempotent; membershipsOf and listTenantStaff list the roles', async () => {
    await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await t.repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    const staff = await t.repo.ensureUser('kirmesbuero@soest.example');
    const auditor = await t.repo.ensureUser('audit@soest.example');
    await t.repo.grantRole({ userId: staff.id, tenantId: 'soest', role: 'admin' });
    await t.repo.grantRole({ userId: staff.id, tenantId: 'soest', role: 'admin' });
    await t.repo.grantRole({ userId: staff.id, tenantId: 'werl', role: 'reviewer' });
    await t.repo.grantRole({ userId: auditor.id, tenantId: 'soest', role: 'auditor' });
    expect(await t.repo.membershipsOf(staff.id)).toEqual([
      { tenantId: 'soest', role: 'admin' },
      { tenantId: 'werl', role: 'reviewer' },
    ]);
    const applicant = await t.repo.ensureUser('applicant@example.org');
    expect(await t.repo.membershipsOf(applicant.id)).toEqual([]);
    expect(await t.repo.listTenantStaff('soest')).toEqual([
      { userId: auditor.id, email: 'audit@soest.example', role: 'auditor' },
      { userId: staff.id, email: 'kirmesbuero@soest.example', role: 'admin' },
    ]);
    expect(await t.repo.listTenantStaff('werl')).toEqual([
      { userId: staff.id, email: 'kirmesbuero@soest.example', role: 'reviewer' },
    ]);
  });
});
