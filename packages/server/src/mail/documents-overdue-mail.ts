import { type Localized, localize } from '@festplatz/core';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { formatInstant } from '../util/dates.ts';
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
  const text = (lang: 'de' | 'en') =>
    (lang === 'de' ? de : en).documentsOverdueMail.body({
      edition: localize(input.editionTitle, lang),
      due: formatInstant(input.due, lang, input.timeZone),
      number: input.applicationId,
      link: input.link,
    });
  return {
    to: input.to,
    subject: `${de.documentsOverdueMail.subject(input.applicationId)} / ${en.documentsOverdueMail.subject(input.applicationId)}`,
    text: `${text('de')}\n\n-- English --\n\n${text('en')}\n`,
    messageId: input.messageId,
  };
}
