import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import type { MailMessage } from './transport.ts';

/**
 * The sign-in mail, German first and English below: the requester's language is not known for sure when
 * the mail is read (a different device), and both texts are short.
 */
export function magicLinkMail(to: string, link: string, minutes: number): MailMessage {
  return {
    to,
    subject: `${de.mail.subject} / ${en.mail.subject}`,
    text: `${de.mail.body({ link, minutes })}\n\n-- English --\n\n${en.mail.body({ link, minutes })}\n`,
  };
}
