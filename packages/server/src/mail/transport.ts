/** One outgoing e-mail (plain text required, HTML optional). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Stable Message-ID (`<...@...>`) for mail sent from the outbox: delivery is at least once, and a repeated
   * message with the same id is recognisable as a duplicate by mail servers and clients.
   */
  messageId?: string;
}

/** Sends e-mail; implementations: OutboxMailTransport (dev/demo) and SmtpMailTransport (SMTP_URL). */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}
