import type { OutboxHandler, StaffNoticePayload } from '@festplatz/case-engine';
import { documentsOverdueMail } from '../mail/documents-overdue-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';

// The office handles document requests; reviewers and auditors are not asked to act on a missed deadline.
const RECIPIENT_ROLES = new Set(['admin', 'clerk']);

function isStaffNotice(value: unknown): value is StaffNoticePayload {
  const p = value as Partial<StaffNoticePayload> | null;
  return (
    p?.kind === 'documentsOverdue' &&
    typeof p.tenantId === 'string' &&
    typeof p.applicationId === 'string' &&
    typeof p.dueAt === 'string'
  );
}

/**
 * Outbox handler `mail.staffNotice`: mails each admin and clerk of the case's tenant that requested
 * documents are overdue (DOC-8). Throws when the case or every recipient is missing, so the message is
 * retried and then shows up as a dead letter instead of vanishing.
 */
export function staffNoticeHandler(deps: MailHandlerDeps): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    if (!isStaffNotice(payload)) throw new Error(`${dedupeKey}: payload is not a staff notice`);
    const { app, edition } = await loadMailCase(deps.repo, payload, dedupeKey);
    const staff = await deps.repo.listTenantStaff(payload.tenantId);
    const recipients = [...new Set(staff.filter((s) => RECIPIENT_ROLES.has(s.role)).map((s) => s.email))];
    if (recipients.length === 0) throw new Error(`${dedupeKey}: tenant has no admin or clerk to notify`);
    for (const to of recipients) {
      await deps.mail.send(
        documentsOverdueMail({
          to,
          editionTitle: edition.edition.title,
          due: new Date(payload.dueAt),
          timeZone: edition.edition.timeZone,
          applicationId: app.id,
          link: `${deps.baseUrl}/admin/applications/${app.id}`,
          messageId: mailMessageId(deps.baseUrl, dedupeKey, to),
        }),
      );
    }
  };
}
