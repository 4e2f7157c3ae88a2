import { afterEach, describe, expect, it } from 'vitest';
import { mailBody, mailHeader, startSmtpServer, type TestSmtpServer } from '../../test/smtp-server.ts';
import { magicLinkMail } from './magic-link-mail.ts';
import { SmtpMailTransport } from './smtp-transport.ts';

const FROM = 'Festplatz Soest <festplatz@soest.example>';

let smtp: TestSmtpServer;
afterEach(() => smtp.close());

describe('SmtpMailTransport', () => {
  it('delivers sender, recipient, subject, text and the stable Message-ID to a real SMTP server', async () => {
    smtp = await startSmtpServer();
    const transport = new SmtpMailTransport({
      url: `smtp://festplatz:geheim@127.0.0.1:${smtp.port}`,
      from: FROM,
    });
    const mail = magicLinkMail('erika@example.org', 'http://localhost/auth/callback?token=abc-123', 15);

    await transport.send({ ...mail, messageId: '<receipt-42@festplatz.example>' });

    expect(smtp.received).toHaveLength(1);
    const [received] = smtp.received;
    expect(received?.auth).toEqual({ username: 'festplatz', password: 'geheim' });
    expect(received?.from).toBe('festplatz@soest.example');
    expect(received?.to).toEqual(['erika@example.org']);
    const raw = received?.raw ?? '';
    expect(mailHeader(raw, 'From')).toBe(FROM);
    expect(mailHeader(raw, 'To')).toBe('erika@example.org');
    expect(mailHeader(raw, 'Subject')).toBe(mail.subject);
    expect(mailHeader(raw, 'Message-ID')).toBe('<receipt-42@festplatz.example>');
    expect(mailBody(raw)).toContain('http://localhost/auth/callback?token=abc-123');
    expect(mailBody(raw)).toContain('Guten Tag');
  });

  it('sends the HTML alternative when there is one', async () => {
    smtp = await startSmtpServer();
    const transport = new SmtpMailTransport({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM });

    await transport.send({
      to: 'a@example.org',
      subject: 'Hallo',
      text: 'Nur Text',
      html: '<p>Mit HTML</p>',
    });

    const raw = smtp.received[0]?.raw ?? '';
    expect(smtp.received[0]?.auth).toBeNull();
    expect(mailHeader(raw, 'Content-Type')).toMatch(/^multipart\/alternative/);
    expect(mailBody(raw)).toContain('Nur Text');
    expect(mailBody(raw)).toContain('<p>Mit HTML</p>');
  });

  it('rejects when the server answers 5xx, so the outbox retries the message later', async () => {
    smtp = await startSmtpServer({ rejectRecipients: 550 });
    const transport = new SmtpMailTransport({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM });

    await expect(
      transport.send({ to: 'a@example.org', subject: 'Hallo', text: 'Text' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    });
    expect(smtp.received).toHaveLength(0);
  });
});
