import { type OutboxHandler, parseLifecycleActionPayload } from '@festplatz/case-engine';
import type { ApplicantMailInput } from '../mail/applicant-mail.ts';
import type { MailMessage } from '../mail/transport.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';

/**
 * An outbox handler for a lifecycle action that mails the applicant (`lifecycle.notifyApplicant`,
 * `lifecycle.issueNotice`, `lifecycle.requestPayment`): reads the case and its edition through the repository
 * (the message holds ids and the step only, SEC-5) and sends what `compose` makes of them. Throws on a
 * malformed payload or a missing case, so the message is retried and then shows up as a dead letter.
 */
export function lifecycleMailHandler(
  deps: MailHandlerDeps,
  compose: (input: ApplicantMailInput) => MailMessage,
): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    const action = parseLifecycleActionPayload(payload);
    if (!action) throw new Error(`${dedupeKey}: payload is not a lifecycle action`);
    const { app, edition } = await loadMailCase(deps.repo, action, dedupeKey);
    await deps.mail.send(
      compose({
        to: app.applicantEmail,
        editionTitle: edition.edition.title,
        timeZone: edition.edition.timeZone,
        applicationId: app.id,
        link: `${deps.baseUrl}/`,
        messageId: mailMessageId(deps.baseUrl, dedupeKey),
        step: { to: action.to, details: action.details },
      }),
    );
  };
}
