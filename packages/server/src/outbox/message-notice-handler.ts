import { type OutboxHandler, parseMessageNoticePayload } from '@festplatz/case-engine';
import { newMessageMail } from '../mail/new-message-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';
import { officeRecipients } from './office-recipients.ts';

/**
 * Outbox handler `mail.newMessage`: tells the other side of a thread that there is a new message, with the
 * link to the case page, never the content (SEC-5). A new applicant message goes to each admin and clerk of
 * the case's tenant, an office message to the applicant. Throws when the case or every recipient is missing,
 * so the message is retried and then shows up as a dead letter instead of vanishing.
 */
export function messageNoticeHandler(deps: MailHandlerDeps): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    const notice = parseMessageNoticePayload(payload);
    if (!notice) throw new Error(`${dedupeKey}: payload is not a message notice`);
    const { app, edition } = await loadMailCase(deps.repo, notice, dedupeKey);
    const toStaff = notice.recipient === 'staff';
    const recipients = toStaff
      ? await officeRecipients(deps.repo, app.tenantId, dedupeKey)
      : [app.applicantEmail];
    const link = `${deps.baseUrl}${toStaff ? '/admin' : ''}/applications/${app.id}`;
    for (const to of recipients) {
      await deps.mail.send(
        newMessageMail({
          to,
          recipient: notice.recipient,
          editionTitle: edition.edition.title,
          applicationId: app.id,
          link,
          messageId: mailMessageId(deps.baseUrl, dedupeKey, toStaff ? to : undefined),
        }),
      );
    }
  };
}
