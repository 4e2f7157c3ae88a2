/** One outgoing e-mail (plain text required, HTML optional). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail; implementations: OutboxMailTransport (dev/demo), SMTP later (issue: integrations). */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}
