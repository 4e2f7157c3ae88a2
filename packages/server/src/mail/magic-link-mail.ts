import { bilingualMail } from './bilingual.ts';
import type { MailMessage } from './transport.ts';

/** The sign-in mail, German first and English below: who requested it is not known for sure when it is read. */
export function magicLinkMail(to: string, link: string, minutes: number): MailMessage {
  return bilingualMail({ to }, (t) => ({ subject: t.mail.subject, text: t.mail.body({ link, minutes }) }));
}
