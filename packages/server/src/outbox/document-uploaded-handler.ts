import type { OutboxHandler } from '@festplatz/case-engine';
import { documentUploadedMail } from '../mail/document-uploaded-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';

/** Handler name of the notice that a requested document was uploaded (enqueued by uploads/hand-in-document.ts). */
export const DOCUMENT_UPLOADED_HANDLER = 'mail.documentUploaded';

// As with overdue documents: the office (admins and clerks) handles document requests.
const RECIPIENT_ROLES = new Set(['admin', 'clerk']);

function isPayload(value: unknown): value is { tenantId: string; applicationId: string } {
  const p = value as { tenantId?: unknown; applicationId?: unknown } | null;
  return typeof p?.tenantId === 'string' && typeof p.applicationId === 'string';
}

/**
 * Outbox handler `mail.documentUploaded`: tells each admin and clerk of the case's tenant that a requested
 * document arrived, so they review it and record DOCUMENTS_PROVIDED. Throws when the case or every recipient is
 * missing, so the message is retried and then shows up as a dead letter instead of vanishing.
 */
export function documentUploadedHandler(deps: MailHandlerDeps): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    if (!isPayload(payload)) throw new Error(`${dedupeKey}: payload is not a document-uploaded notice`);
    const { app, edition } = await loadMailCase(deps.repo, payload, dedupeKey);
    const staff = await deps.repo.listTenantStaff(payload.tenantId);
    const recipients = [...new Set(staff.filter((s) => RECIPIENT_ROLES.has(s.role)).map((s) => s.email))];
    if (recipients.length === 0) throw new Error(`${dedupeKey}: tenant has no admin or clerk to notify`);
    for (const to of recipients) {
      await deps.mail.send(
        documentUploadedMail({
          to,
          editionTitle: edition.edition.title,
          applicationId: app.id,
          link: `${deps.baseUrl}/admin/applications/${app.id}`,
          messageId: mailMessageId(deps.baseUrl, dedupeKey, to),
        }),
      );
    }
  };
}
