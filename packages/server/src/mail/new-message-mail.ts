import type { MessageSide } from '@festplatz/case-engine';
import { type Localized, localize } from '@festplatz/core';
import { bilingualMail } from './bilingual.ts';
import type { MailMessage } from './transport.ts';

/** What a "new message" notification states: nothing of the message itself (SEC-5). */
export interface NewMessageMailInput {
  to: string;
  /** Whom it tells: the applicant (about an office message) or a member of the office. */
  recipient: MessageSide;
  editionTitle: Localized;
  applicationId: string;
  /** The case page of the recipient's side, behind the sign-in. */
  link: string;
  messageId: string;
}

/** The notification of a new message, German first and English below; no text, no file names. */
export function newMessageMail(input: NewMessageMailInput): MailMessage {
  return bilingualMail(input, (t, lang) => {
    const m = t.newMessageMail;
    const p = { edition: localize(input.editionTitle, lang), number: input.applicationId, link: input.link };
    return input.recipient === 'applicant'
      ? { subject: m.applicantSubject(p.edition), text: m.applicantBody(p) }
      : { subject: m.staffSubject(p.number), text: m.staffBody(p) };
  });
}
