import type { Tenant } from './generated/tenant.ts';
import type { ParseResult } from './issue.ts';
import { metaSchemaIssues } from './meta-schemas.ts';

/** Checks untrusted input as a tenant file (municipality, office, initial staff). */
export function parseTenant(input: unknown): ParseResult<Tenant> {
  const issues = metaSchemaIssues('tenant', input);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: input as Tenant };
}
