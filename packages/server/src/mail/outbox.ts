import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { MailMessage, MailTransport } from './transport.ts';

/** Sender of development mail; `.invalid` (RFC 2606) so it can never reach a real mailbox. */
const DEV_FROM = 'Festplatz <festplatz@festplatz.invalid>';

/**
 * Development transport: builds a real RFC 5322 message with nodemailer and writes it as `<dir>/<time>-<id>.eml`
 * instead of sending it; `log` receives recipient, subject, the links in the text and the file name.
 */
export class OutboxMailTransport implements MailTransport {
  private readonly transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: DEV_FROM, ...message });
    if (!Buffer.isBuffer(info.message))
      throw new Error('nodemailer streamTransport must run with buffer: true');
    await mkdir(this.dir, { recursive: true });
    const stamp = new Date().toISOString().replaceAll(':', '-');
    const file = join(this.dir, `${stamp}-${randomUUID()}.eml`);
    await writeFile(file, info.message);
    // Print the links so a developer can sign in straight from the console.
    const links = [...new Set(message.text.match(/https?:\/\/\S+/g) ?? [])];
    this.log(
      [`Mail to ${message.to}: ${message.subject}`, ...links.map((l) => `  ${l}`), `  (${file})`].join('\n'),
    );
  }
}
