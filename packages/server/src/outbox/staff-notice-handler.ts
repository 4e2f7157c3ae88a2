import type { OutboxHandler, StaffNoticePayload } from '@festplatz/case-engine';
import { documentsOverdueMail } from '../mail/documents-overdue-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';
import { officeRecipients } from './office-recipients.ts';

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
    for (const to of await officeRecipients(deps.repo, payload.tenantId, dedupeKey)) {
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
