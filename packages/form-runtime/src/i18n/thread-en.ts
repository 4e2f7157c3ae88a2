import type { threadDe } from './thread-de.ts';

/** English texts of `<festplatz-messages>` (see thread-de.ts). */
export const threadEn: { [K in keyof typeof threadDe]: string } = {
  listLabel: 'Message history',
  loading: 'Loading messages …',
  loadFailed: 'The messages could not be loaded. Please reload the page.',
  empty: 'There are no messages yet.',
  you: 'You',
  office: 'Event office',
  applicant: 'Applicant',
  sentAt: 'sent on {time}',
  withheld:
    'This message was sent with a more secure sign-in. To read it, please sign in just as securely, for example with your German eID card.',
  attachments: 'Attachments',
  attachment: 'Download {name} ({type}, {size})',
  bodyLabel: 'Your message',
  bodyHint:
    'At most {limit} characters. Please write here instead of by e-mail: this keeps your data protected.',
  filesLabel: 'Attach files (optional)',
  filesHint: 'PDF, JPEG or PNG, up to {count} files, each at most {mb} MB.',
  send: 'Send message',
  sending: 'Sending message …',
  sent: 'Your message has been sent.',
  bodyRequired: 'Please write a message.',
  bodyTooLong: 'Please write at most {limit} characters. Please attach longer texts as a file.',
  tooManyFiles: 'Please attach at most {count} files.',
  newMessagesFromOffice: 'New message from the event office.',
  newMessagesFromApplicant: 'New message from the applicant.',
  unknownProblem: 'Something went wrong. Please try again later.',
  sendFailed: 'The message was not sent.',
  signInRequired: 'Your sign-in has expired. Please sign in again; your text stays here.',
  networkError: 'The server cannot be reached right now. Your text stays here. Please try again in a moment.',
};
