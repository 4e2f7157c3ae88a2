import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb, type TempDb } from './testing/temp-db.ts';
import { ensureUser, findUserById, grantRole, membershipsOf, upsertTenant } from './users.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

describe('users, tenants and staff roles', () => {
  it('ensureUser normalises the e-mail address and returns the same user every time', () => {
    const first = ensureUser(t.db, '  Anna@Example.ORG ');
    expect(first.email).toBe('anna@example.org');
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ensureUser(t.db, 'anna@example.org')).toEqual(first);
    expect(findUserById(t.db, first.id)).toEqual(first);
    expect(findUserById(t.db, 'nope')).toBeNull();
  });

  it('upsertTenant renames an existing tenant instead of failing', () => {
    upsertTenant(t.db, { id: 'soest', name: { de: 'Soest' } });
    upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest', en: 'City of Soest' } });
    expect(t.db.sqlite.prepare('SELECT name FROM tenants').pluck().all()).toEqual([
      JSON.stringify({ de: 'Stadt Soest', en: 'City of Soest' }),
    ]);
  });

  it('grantRole is idempotent and membershipsOf lists roles per tenant', () => {
    upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest' } });
    upsertTenant(t.db, { id: 'werl', name: { de: 'Stadt Werl' } });
    const staff = ensureUser(t.db, 'kirmesbuero@soest.example');
    grantRole(t.db, { userId: staff.id, tenantId: 'soest', role: 'admin' });
    grantRole(t.db, { userId: staff.id, tenantId: 'soest', role: 'admin' });
    grantRole(t.db, { userId: staff.id, tenantId: 'werl', role: 'reviewer' });
    expect(membershipsOf(t.db, staff.id)).toEqual([
      { tenantId: 'soest', role: 'admin' },
      { tenantId: 'werl', role: 'reviewer' },
    ]);
    expect(membershipsOf(t.db, ensureUser(t.db, 'applicant@example.org').id)).toEqual([]);
  });
});
