import type { Messages } from '../i18n/index.ts';
import { OutboxMailTransport } from '../mail/outbox.ts';
import { SmtpMailTransport } from '../mail/smtp-transport.ts';
import type { MailTransport } from '../mail/transport.ts';
import type { ServeConfig } from './config.ts';
import { withoutPassword } from './database.ts';

/**
 * The configured mail route: SMTP when SMTP_URL is set, else the development outbox, which passes each mail's
 * links to `log` so a developer can sign in without a mail server (SMTP never logs links).
 */
export function configuredMailTransport(config: ServeConfig, log: (line: string) => void): MailTransport {
  return config.smtp ? new SmtpMailTransport(config.smtp) : new OutboxMailTransport(config.outboxDir, log);
}

/** The console line naming the mail route, printed at start (never with the SMTP password). */
export function mailLine(config: ServeConfig, t: Messages['cli']): string {
  return config.smtp ? t.mailSmtp(withoutPassword(config.smtp.url)) : t.mailOutbox(config.outboxDir);
}
