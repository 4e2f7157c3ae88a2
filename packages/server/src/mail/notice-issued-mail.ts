import { type ApplicantMailInput, applicantMail } from './applicant-mail.ts';
import type { MailMessage } from './transport.ts';

/**
 * `lifecycle.issueNotice`: a notice (Bescheid) on the application was issued, and of which kind (from the
 * state it led to). The notice document itself is not generated yet, so the mail says where to get it
 * instead of pretending to attach it.
 */
export function noticeIssuedMail(input: ApplicantMailInput): MailMessage {
  const state = input.step.to;
  return applicantMail(input, (t, _lang, edition) => ({
    subject: t.noticeIssuedMail.subject(edition),
    body: t.noticeIssuedMail.body({
      kind: t.noticeIssuedMail.kinds[state] ?? t.states[state] ?? state,
      edition,
      number: input.applicationId,
    }),
  }));
}
