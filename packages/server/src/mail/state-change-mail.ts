import { formatInstant } from '../util/dates.ts';
import { type ApplicantMailInput, applicantMail, payloadDate } from './applicant-mail.ts';
import type { MailMessage } from './transport.ts';

/**
 * `lifecycle.notifyApplicant`: tells the applicant the new state in words ("Ihre Bewerbung wurde
 * zugelassen"), with the deadline when the step set one (e.g. requested documents).
 */
export function stateChangeMail(input: ApplicantMailInput): MailMessage {
  const state = input.step.to;
  const due = payloadDate(input.step.details.dueAt);
  return applicantMail(input, (t, lang, edition) => {
    const label = t.states[state] ?? state;
    return {
      subject: t.stateChangeMail.subject({ edition, state: label }),
      body: t.stateChangeMail.body({
        news: t.stateChangeMail.news[state] ?? t.stateChangeMail.otherState(label),
        edition,
        number: input.applicationId,
        due: due ? formatInstant(due, lang, input.timeZone) : null,
      }),
    };
  });
}
