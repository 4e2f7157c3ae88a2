import { type Lang, type Localized, localize } from '@festplatz/core';
import type { Messages } from '../i18n/index.ts';
import { bilingualMail } from './bilingual.ts';
import type { MailMessage } from './transport.ts';

/** What a lifecycle mail to the applicant is about: the case, where to sign in, and the step it reports. */
export interface ApplicantMailInput {
  to: string;
  editionTitle: Localized;
  /** The edition's time zone, in which dates are shown. */
  timeZone: string;
  applicationId: string;
  /** Where the applicant signs in to see the application. */
  link: string;
  /** Stable per step, so a re-delivered mail is a recognisable duplicate. */
  messageId: string;
  /** The state the case moved to and the command's log payload (e.g. amountCents, dueAt, kassenzeichen). */
  step: { to: string; details: Record<string, unknown> };
}

/** The parts of a lifecycle mail that differ per step, in one language. */
export type ApplicantMailParts = (
  t: Messages,
  lang: Lang,
  edition: string,
) => { subject: string; body: string };

/**
 * Frames a lifecycle mail in German and English: greeting, the step's own text, where to sign in. Like the
 * receipt it carries no form content (SEC-5), only facts of the procedure.
 */
export function applicantMail(input: ApplicantMailInput, parts: ApplicantMailParts): MailMessage {
  return bilingualMail(input, (t, lang) => {
    const { subject, body } = parts(t, lang, localize(input.editionTitle, lang));
    const frame = t.applicantMail;
    return { subject, text: `${frame.greeting}\n\n${body}\n\n${frame.footer(input.link)}` };
  });
}

/** A date from a log payload (ISO string), or null when absent or unreadable. */
export function payloadDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
