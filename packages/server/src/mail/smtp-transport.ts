import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage, MailTransport } from './transport.ts';

/** Where and as whom the SMTP transport sends: from SMTP_URL and MAIL_FROM. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (TLS from the start). */
  url: string;
  /** The sender address, e.g. `Festplatz Soest <festplatz@soest.de>`. */
  from: string;
}

/**
 * Delivers mail through an SMTP server with nodemailer. Failures reject `send` unchanged: the outbox
 * dispatcher retries later, and a sign-in request answers with an error instead of claiming a mail was sent.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = createTransport(settings.url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      // Kept from the outbox so a message delivered twice (at least once) is recognisable as a duplicate.
      ...(message.messageId ? { messageId: message.messageId } : {}),
    });
  }
}
