import type { NewOutboxMessage } from '../outbox/types.ts';

/** Handler name of a notice to the tenant's staff (the server mails it; see src/timers/README.md). */
export const STAFF_NOTICE_HANDLER = 'mail.staffNotice';

/** Payload of a staff notice: what happened to which case; ids only, the handler reads the case (SEC-5). */
export interface StaffNoticePayload {
  /** documentsOverdue: the DOC-8 due date of a document request passed without the documents. */
  kind: 'documentsOverdue';
  tenantId: string;
  applicationId: string;
  dueAt: string;
  /** The case version of the request, so a repeated request gets its own notice. */
  version: number;
}

/** The outbox message of a staff notice, one per case, kind and request. */
export function staffNoticeMessage(payload: StaffNoticePayload): NewOutboxMessage {
  return {
    handler: STAFF_NOTICE_HANDLER,
    dedupeKey: `staffNotice:${payload.kind}:${payload.applicationId}:${payload.version}`,
    payload,
    tenantId: payload.tenantId,
    applicationId: payload.applicationId,
  };
}
