import { createOutboxDispatcher } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { CapturingTransport, seededCase } from '../../test/support.ts';
import type { MailMessage } from '../mail/transport.ts';
import { outboxHandlers } from './handlers.ts';
import { receiptHandler } from './receipt-handler.ts';

let env: Awaited<ReturnType<typeof seededCase>>;
afterEach(() => env.cleanup());

describe('mail.receipt handler (Eingangsbestätigung)', () => {
  it('DATE-1: sends one receipt with number, time and checksum, and no form content (SEC-5)', async () => {
    env = await seededCase();
    const { id } = env;
    const mail = new CapturingTransport();
    const dispatcher = createOutboxDispatcher({
      store: env.repo.outbox,
      handlers: outboxHandlers({ repo: env.repo, mail, baseUrl: 'https://festplatz.soest.example' }),
    });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    expect(mail.sent).toHaveLength(1);
    const [receipt] = mail.sent as [MailMessage];
    expect(receipt.to).toBe('erika@example.org');
    expect(receipt.subject).toMatch(
      /^Eingangsbestätigung: Ihre Bewerbung für Allerheiligenkirmes 2026 \/ Receipt: your application for .+2026$/,
    );
    expect(receipt.messageId).toBe(`<receipt-${id}@festplatz.soest.example>`);
    // 2026-01-10T09:00Z is 10:00 in Soest (CET).
    expect(receipt.text).toContain('ist am 10.01.2026, 10:00 Uhr bei uns eingegangen');
    expect(receipt.text).toContain(`Bewerbungsnummer: ${id}`);
    expect(receipt.text).toMatch(/Prüfsumme Ihrer Angaben \(SHA-256\): [0-9a-f]{64}/);
    expect(receipt.text).toContain(`Application number: ${id}`);
    expect(receipt.text).toContain('https://festplatz.soest.example/');
    // No form content: neither the applicant's name nor the company nor the category appear.
    for (const content of ['Mustermann', 'Erika', 'fahr_erw']) expect(receipt.text).not.toContain(content);
  });

  it('throws (so the outbox retries) when the case cannot be found or the payload is not a receipt', async () => {
    env = await seededCase();
    const handler = receiptHandler({
      repo: env.repo,
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
