import type { Lang } from '@festplatz/core';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/index.ts';
import type { MailMessage } from './transport.ts';

/**
 * A mail in German first and English below. Festplatz stores no language per person, and a mail is often
 * read on another device than the one the request came from, so both (short) texts travel together.
 */
export function bilingualMail(
  head: { to: string; messageId?: string },
  compose: (t: Messages, lang: Lang) => { subject: string; text: string },
): MailMessage {
  const german = compose(de, 'de');
  const english = compose(en, 'en');
  return {
    to: head.to,
    ...(head.messageId ? { messageId: head.messageId } : {}),
    subject: `${german.subject} / ${english.subject}`,
    text: `${german.text}\n\n-- English --\n\n${english.text}\n`,
  };
}
