import type { NewOutboxMessage } from '../outbox/types.ts';
import type { MessageSide } from '../repository/messages-types.ts';

/** Handler name of the "new message" notification mail (the server delivers it). */
export const MESSAGE_NOTICE_HANDLER = 'mail.newMessage';

/**
 * Payload of a "new message" notification: ids and the side to notify, never the text or file names (SEC-5:
 * the mail says only that there is something new, with a link; the content stays behind the sign-in).
 */
export interface MessageNoticePayload {
  tenantId: string;
  applicationId: string;
  messageId: string;
  /** Who is told: the applicant of the case, or the office (the tenant's admins and clerks). */
  recipient: MessageSide;
}

/** The outbox message of a notification, one per message (a re-sent command does not mail twice). */
export function messageNotice(payload: MessageNoticePayload): NewOutboxMessage {
  return {
    handler: MESSAGE_NOTICE_HANDLER,
    dedupeKey: `message:${payload.messageId}`,
    payload,
    tenantId: payload.tenantId,
    applicationId: payload.applicationId,
  };
}

/** Reads a notification payload back from the outbox; null when it is not one. */
export function parseMessageNoticePayload(value: unknown): MessageNoticePayload | null {
  const p = value as Partial<MessageNoticePayload> | null;
  const ok =
    typeof p?.tenantId === 'string' &&
    typeof p.applicationId === 'string' &&
    typeof p.messageId === 'string' &&
    (p.recipient === 'applicant' || p.recipient === 'staff');
  return ok ? (p as MessageNoticePayload) : null;
}
