import type { Repository } from '@festplatz/case-engine';

// The office handles document requests and answers messages: admins and clerks. Reviewers and auditors are not
// asked to act on a notice.
const OFFICE_ROLES = new Set(['admin', 'clerk']);

/**
 * The distinct e-mail addresses of a tenant's admins and clerks. Throws when there is none, so the outbox
 * message is retried and then shows up as a dead letter instead of vanishing.
 */
export async function officeRecipients(
  repo: Repository,
  tenantId: string,
  dedupeKey: string,
): Promise<string[]> {
  const staff = await repo.listTenantStaff(tenantId);
  const recipients = [...new Set(staff.filter((s) => OFFICE_ROLES.has(s.role)).map((s) => s.email))];
  if (recipients.length === 0) throw new Error(`${dedupeKey}: tenant has no admin or clerk to notify`);
  return recipients;
}
