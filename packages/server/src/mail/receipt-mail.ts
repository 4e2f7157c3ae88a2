import { type Lang, type Localized, localize } from '@festplatz/core';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { formatInstant } from '../util/dates.ts';
import type { MailMessage } from './transport.ts';

/** What the receipt (Eingangsbestätigung, DATE-1) states: where, when, which number, which data hash. */
export interface ReceiptMailInput {
  to: string;
  editionTitle: Localized;
  received: Date;
  /** The edition's time zone, in which the receipt time is shown. */
  timeZone: string;
  applicationId: string;
  dataHash: string;
  /** Where the applicant signs in to see the application. */
  link: string;
  /** Stable per application, so a re-delivered receipt is a recognisable duplicate. */
  messageId: string;
}

/**
 * The receipt mail, German first and English below (like the sign-in mail). It carries no form content
 * (SEC-5): only that the application arrived, when, its number and the checksum of the data (DATE-1).
 */
export function receiptMail(input: ReceiptMailInput): MailMessage {
  const text = (lang: Lang) => {
    const catalog = lang === 'de' ? de : en;
    return catalog.receiptMail.body({
      edition: localize(input.editionTitle, lang),
      received: formatInstant(input.received, lang, input.timeZone),
      number: input.applicationId,
      dataHash: input.dataHash,
      link: input.link,
    });
  };
  return {
    to: input.to,
    subject: `${de.receiptMail.subject(localize(input.editionTitle, 'de'))} / ${en.receiptMail.subject(localize(input.editionTitle, 'en'))}`,
    text: `${text('de')}\n\n-- English --\n\n${text('en')}\n`,
    messageId: input.messageId,
  };
}
