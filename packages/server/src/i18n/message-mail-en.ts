import type { messageMailDe } from './message-mail-de.ts';

/** English texts of the "new message" notification (see message-mail-de.ts). */
export const messageMailEn: typeof messageMailDe = {
  applicantSubject: (edition: string) => `New message about your application for ${edition}`,
  applicantBody: (p) =>
    `Hello,\n\nthe office has sent you a new message about your application for ${p.edition} (application number ${p.number}).\n\nTo protect your data, the message is not in this e-mail. You can read it after signing in:\n${p.link}\n\nThis e-mail was generated automatically. Please do not reply to it; write to us through the link instead.`,
  staffSubject: (number: string) => `New message about application ${number}`,
  staffBody: (p) =>
    `Hello,\n\na new message has arrived about application ${p.number} (${p.edition}).\n\nTo the application: ${p.link}\n\nThis e-mail was generated automatically.`,
};
