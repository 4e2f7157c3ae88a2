import { type Localized, localize } from '@festplatz/core';
import { bilingualMail } from './bilingual.ts';
import type { MailMessage } from './transport.ts';

/** What the staff notice about an uploaded, requested document states. */
export interface DocumentUploadedMailInput {
  to: string;
  editionTitle: Localized;
  applicationId: string;
  /** The case in the admin area. */
  link: string;
  messageId: string;
}

/**
 * The staff notice that a document they requested arrived (DOC-8), German first and English below. It names
 * neither the applicant nor the file: the link leads to the case behind the staff sign-in (SEC-5).
 */
export function documentUploadedMail(input: DocumentUploadedMailInput): MailMessage {
  return bilingualMail(input, (t, lang) => ({
    subject: t.documentUploadedMail.subject(input.applicationId),
    text: t.documentUploadedMail.body({
      edition: localize(input.editionTitle, lang),
      number: input.applicationId,
      link: input.link,
    }),
  }));
}
