import { type Localized, localize } from '@festplatz/core';
import { formatInstant } from '../util/dates.ts';
import { bilingualMail } from './bilingual.ts';
import type { MailMessage } from './transport.ts';

/** What the staff notice about overdue documents (DOC-8) states. */
export interface DocumentsOverdueMailInput {
  to: string;
  editionTitle: Localized;
  due: Date;
  /** The edition's time zone, in which the due date is shown. */
  timeZone: string;
  applicationId: string;
  /** The case in the admin area. */
  link: string;
  messageId: string;
}

/**
 * The staff notice that requested documents are overdue, German first and English below. Names no
 * applicant (the link leads to the case behind the staff sign-in), so little personal data travels by mail.
 */
export function documentsOverdueMail(input: DocumentsOverdueMailInput): MailMessage {
  return bilingualMail(input, (t, lang) => ({
    subject: t.documentsOverdueMail.subject(input.applicationId),
    text: t.documentsOverdueMail.body({
      edition: localize(input.editionTitle, lang),
      due: formatInstant(input.due, lang, input.timeZone),
      number: input.applicationId,
      link: input.link,
    }),
  }));
}
