import { type Localized, localize } from '@festplatz/core';
import { formatInstant } from '../util/dates.ts';
import { bilingualMail } from './bilingual.ts';
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
  return bilingualMail(input, (t, lang) => {
    const edition = localize(input.editionTitle, lang);
    return {
      subject: t.receiptMail.subject(edition),
      text: t.receiptMail.body({
        edition,
        received: formatInstant(input.received, lang, input.timeZone),
        number: input.applicationId,
        dataHash: input.dataHash,
        link: input.link,
      }),
    };
  });
}
