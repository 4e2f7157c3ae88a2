import { createOutboxDispatcher, ensureUser, submitApplication } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, FIXED_NOW, tempDb } from '../../test/support.ts';
import { seedDemo } from '../demo/seed.ts';
import type { MailMessage, MailTransport } from '../mail/transport.ts';
import { outboxHandlers } from './handlers.ts';
import { receiptHandler } from './receipt-handler.ts';

// Captures what would be sent; the real nodemailer transport is exercised by cli/serve.test.ts.
class CapturingTransport implements MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

let env: ReturnType<typeof tempDb>;
afterEach(() => env.cleanup());

function submitted() {
  env = tempDb();
  seedDemo(env.db, { now: FIXED_NOW });
  const result = submitApplication(env.db, {
    editionId: EDITION_ID,
    applicantId: ensureUser(env.db, 'erika@example.org').id,
    data: exampleJson('samples/ride-application.json'),
    now: FIXED_NOW,
  });
  if (!result.ok) throw new Error('setup: submit failed');
  return result.value;
}

describe('mail.receipt handler (Eingangsbestätigung)', () => {
  it('DATE-1: sends one receipt with number, time and checksum, and no form content (SEC-5)', async () => {
    const app = submitted();
    const mail = new CapturingTransport();
    const dispatcher = createOutboxDispatcher({
      db: env.db,
      handlers: outboxHandlers({ db: env.db, mail, baseUrl: 'https://festplatz.soest.example' }),
    });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    expect(mail.sent).toHaveLength(1);
    const [receipt] = mail.sent as [MailMessage];
    expect(receipt.to).toBe('erika@example.org');
    expect(receipt.subject).toMatch(
      /^Eingangsbestätigung: Ihre Bewerbung für Allerheiligenkirmes 2026 \/ Receipt: your application for .+2026$/,
    );
    expect(receipt.messageId).toBe(`<receipt-${app.id}@festplatz.soest.example>`);
    // 2026-01-10T09:00Z is 10:00 in Soest (CET).
    expect(receipt.text).toContain('ist am 10.01.2026, 10:00 Uhr bei uns eingegangen');
    expect(receipt.text).toContain(`Bewerbungsnummer: ${app.id}`);
    expect(receipt.text).toMatch(/Prüfsumme Ihrer Angaben \(SHA-256\): [0-9a-f]{64}/);
    expect(receipt.text).toContain(`Application number: ${app.id}`);
    expect(receipt.text).toContain('https://festplatz.soest.example/');
    // No form content: neither the applicant's name nor the company nor the category appear.
    for (const content of ['Mustermann', 'Erika', 'fahr_erw']) expect(receipt.text).not.toContain(content);
  });

  it('throws (so the outbox retries) when the case cannot be found or the payload is not a receipt', async () => {
    submitted();
    const handler = receiptHandler({
      db: env.db,
      mail: new CapturingTransport(),
      baseUrl: 'http://localhost',
    });
    const delivery = { id: 'm', dedupeKey: 'receipt:x', tenantId: 'soest', applicationId: null, attempt: 1 };
    await expect(
      handler({ ...delivery, payload: { applicationId: 'nope', tenantId: 'soest', dataHash: 'h' } }),
    ).rejects.toThrow(/not found/);
    await expect(handler({ ...delivery, payload: { applicationId: 1 } })).rejects.toThrow(/not a receipt/);
  });
});
