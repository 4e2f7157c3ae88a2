import { formatInstant } from '../util/dates.ts';
import { formatEuros } from '../util/money.ts';
import { type ApplicantMailInput, applicantMail, payloadDate } from './applicant-mail.ts';
import type { MailMessage } from './transport.ts';

/** The claim as REQUEST_PAYMENT logged it; throws when a part is missing (the outbox then retries). */
function paymentClaim(details: Record<string, unknown>) {
  const { amountCents, kassenzeichen } = details;
  const dueAt = payloadDate(details.dueAt);
  if (!Number.isInteger(amountCents) || typeof kassenzeichen !== 'string' || !dueAt) {
    throw new Error('payment request without amountCents, dueAt or kassenzeichen in its details');
  }
  return { amountCents: amountCents as number, dueAt, kassenzeichen };
}

/** `lifecycle.requestPayment` (FEE-3): the amount in euros, the due date and the Kassenzeichen to quote. */
export function paymentRequestMail(input: ApplicantMailInput): MailMessage {
  const claim = paymentClaim(input.step.details);
  return applicantMail(input, (t, lang, edition) => ({
    subject: t.paymentRequestMail.subject(edition),
    body: t.paymentRequestMail.body({
      edition,
      number: input.applicationId,
      amount: formatEuros(claim.amountCents, lang),
      due: formatInstant(claim.dueAt, lang, input.timeZone),
      kassenzeichen: claim.kassenzeichen,
    }),
  }));
}
