import { describe, expect, it } from 'vitest';
import { parseTenant } from './parse-tenant.ts';
import { rawTenant } from './test-fixtures.ts';

describe('parseTenant', () => {
  it('accepts the Soest tenant', () => {
    const result = parseTenant(rawTenant());
    expect(result.ok && result.value.staff).toEqual([{ email: 'kirmesbuero@soest.example', role: 'admin' }]);
  });

  it('rejects an unknown staff role and a malformed e-mail', () => {
    const tenant = rawTenant();
    tenant.staff.push({ email: 'kirmesbuero', role: 'boss' });
    const result = parseTenant(tenant);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path}`)).toEqual([
      'pattern@/staff/1/email',
      'enum@/staff/1/role',
    ]);
  });
});
