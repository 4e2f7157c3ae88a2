import {
  type FestplatzDb,
  findEdition,
  findTenantApplication,
  listTenantStaff,
  type OutboxHandler,
  type StaffNoticePayload,
} from '@festplatz/case-engine';
import { documentsOverdueMail } from '../mail/documents-overdue-mail.ts';
import type { MailTransport } from '../mail/transport.ts';

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
export function staffNoticeHandler(deps: {
  db: FestplatzDb;
  mail: MailTransport;
  baseUrl: string;
}): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    if (!isStaffNotice(payload)) throw new Error(`${dedupeKey}: payload is not a staff notice`);
    const app = findTenantApplication(deps.db, payload.tenantId, payload.applicationId);
    if (!app) throw new Error(`${dedupeKey}: application not found`);
    const edition = findEdition(deps.db, app.editionId);
    if (!edition) throw new Error(`${dedupeKey}: edition ${app.editionId} not found`);
    const recipients = [
      ...new Set(
        listTenantStaff(deps.db, payload.tenantId)
          .filter((s) => RECIPIENT_ROLES.has(s.role))
          .map((s) => s.email),
      ),
    ];
    if (recipients.length === 0) throw new Error(`${dedupeKey}: tenant has no admin or clerk to notify`);
    const host = new URL(deps.baseUrl).hostname;
    for (const to of recipients) {
      await deps.mail.send(
        documentsOverdueMail({
          to,
          editionTitle: edition.edition.title,
          due: new Date(payload.dueAt),
          timeZone: edition.edition.timeZone,
          applicationId: app.id,
          link: `${deps.baseUrl}/admin/applications/${app.id}`,
          messageId: `<${dedupeKey.replaceAll(':', '-')}-${to.replace('@', '.')}@${host}>`,
        }),
      );
    }
  };
}
