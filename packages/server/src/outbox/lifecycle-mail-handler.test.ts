import {
  admit,
  completeReview,
  confirm,
  createOutboxDispatcher,
  issueNotice,
  recordPayment,
  requestDocuments,
  requestPayment,
  startReview,
} from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { CapturingTransport, FIXED_NOW, seededCase } from '../../test/support.ts';
import { paymentRequestMail } from '../mail/payment-request-mail.ts';
import { stateChangeMail } from '../mail/state-change-mail.ts';
import type { MailMessage } from '../mail/transport.ts';
import { outboxHandlers } from './handlers.ts';
import { lifecycleMailHandler } from './lifecycle-mail-handler.ts';

// The lifecycle's actions (notifyApplicant, issueNotice, requestPayment) reach the applicant as mails through
// the outbox: written with the change, delivered after commit, German first and English below.

const DAY = 86_400_000;
const BASE_URL = 'https://festplatz.soest.example';
let env: Awaited<ReturnType<typeof seededCase>>;
afterEach(() => env.cleanup());

/** Commits each step (failing the test on a refusal), then delivers everything queued; returns the mails. */
async function mailsAfter(...steps: (() => Promise<{ ok: boolean }>)[]): Promise<MailMessage[]> {
  for (const step of steps) {
    const result = await step();
    if (!result.ok) throw new Error(`setup: step failed ${JSON.stringify(result)}`);
  }
  const mail = new CapturingTransport();
  const dispatcher = createOutboxDispatcher({
    store: env.repo.outbox,
    handlers: outboxHandlers({ repo: env.repo, mail, baseUrl: BASE_URL }),
  });
  const run = await dispatcher.runOnce();
  expect(run).toMatchObject({ retried: 0, dead: 0 });
  return mail.sent;
}

/** The one mail whose subject starts with `subject`. */
function mailWith(sent: MailMessage[], subject: string): MailMessage {
  const found = sent.filter((m) => m.subject.startsWith(subject));
  expect(found.map((m) => m.subject)).toHaveLength(1);
  return found[0] as MailMessage;
}

describe('lifecycle mails to the applicant', () => {
  it('notifyApplicant: requested documents are announced with the new state in words and the deadline', async () => {
    env = await seededCase();
    const { repo, cmd, id } = env;
    const dueAt = new Date(FIXED_NOW.getTime() + 14 * DAY);
    const sent = await mailsAfter(
      () => startReview(repo, cmd),
      () => requestDocuments(repo, { ...cmd, documents: ['haftpflicht'], dueAt }),
    );
    const mail = mailWith(sent, 'Ihre Bewerbung für Allerheiligenkirmes 2026: Unterlagen nachgefordert / ');
    expect(mail.to).toBe('erika@example.org');
    expect(mail.subject).toMatch(/ \/ Your application for .+2026: Documents requested$/);
    expect(mail.messageId).toMatch(new RegExp(`^<notifyApplicant-${id}-\\d+@festplatz\\.soest\\.example>$`));
    expect(mail.text).toMatch(/^Guten Tag,\n\nfür Ihre Bewerbung fehlen noch Unterlagen\./);
    // 2026-01-24T09:00Z is 10:00 in Soest (CET).
    expect(mail.text).toContain(`Bewerbungsnummer: ${id}\nFrist: 24.01.2026, 10:00 Uhr`);
    expect(mail.text).toContain('-- English --\n\nHello,\n\ndocuments are still missing');
    expect(mail.text).toContain('Deadline: 24 January 2026 at 10:00');
    expect(mail.text).toContain(`${BASE_URL}/`);
    // No form content (SEC-5).
    for (const content of ['Mustermann', 'Wilde Maus', 'haftpflicht'])
      expect(mail.text).not.toContain(content);
  });

  it('issueNotice, requestPayment (FEE-3) and the confirmation on the way to a confirmed place', async () => {
    env = await seededCase();
    const { repo, cmd, id } = env;
    const dueAt = new Date(FIXED_NOW.getTime() + 14 * DAY);
    const sent = await mailsAfter(
      () => startReview(repo, cmd),
      () => completeReview(repo, cmd),
      () => admit(repo, cmd),
      () => issueNotice(repo, cmd),
      () => requestPayment(repo, { ...cmd, amountCents: 123_450, dueAt, kassenzeichen: 'KZ-2026-0815' }),
      () => recordPayment(repo, { ...cmd, amountCents: 123_450, reference: 'KZ-2026-0815' }),
      () => confirm(repo, cmd),
    );
    expect(sent.every((m) => m.to === 'erika@example.org')).toBe(true);

    const notice = mailWith(sent, 'Bescheid zu Ihrer Bewerbung für Allerheiligenkirmes 2026 / Notice on ');
    expect(notice.text).toContain('wurde ein Bescheid erlassen: Zulassung.');
    expect(notice.text).toContain('erhalten Sie von der Verwaltung');
    expect(notice.text).toContain(': admission.');
    expect(notice.messageId).toMatch(new RegExp(`^<issueNotice-${id}-\\d+@`));

    const payment = mailWith(sent, 'Zahlungsaufforderung: Ihre Zulassung für Allerheiligenkirmes 2026 / ');
    expect(payment.text).toContain(
      'Betrag: 1.234,50\u00a0€\nZahlbar bis: 24.01.2026, 10:00 Uhr\nKassenzeichen: KZ-2026-0815',
    );
    expect(payment.text).toContain('Amount: €1,234.50\nPayable by: 24 January 2026 at 10:00');
    expect(payment.messageId).toMatch(new RegExp(`^<requestPayment-${id}-\\d+@`));

    const confirmed = mailWith(sent, 'Ihre Bewerbung für Allerheiligenkirmes 2026: Teilnahme bestätigt / ');
    expect(confirmed.text).toContain('Ihre Teilnahme ist bestätigt.');
    expect(confirmed.text).toContain('your participation is confirmed.');
  });

  it('throws (so the outbox retries) on a malformed payload, a missing case or an incomplete claim', async () => {
    env = await seededCase();
    const deps = { repo: env.repo, mail: new CapturingTransport(), baseUrl: BASE_URL };
    const delivery = { id: 'm', dedupeKey: 'k', tenantId: 'soest', applicationId: env.id, attempt: 1 };
    const step = {
      action: 'requestPayment',
      tenantId: 'soest',
      applicationId: env.id,
      event: 'REQUEST_PAYMENT',
      from: 'notified',
      to: 'payment_pending',
      version: 9,
      details: {},
    };
    const notify = lifecycleMailHandler(deps, stateChangeMail);
    await expect(notify({ ...delivery, payload: { tenantId: 'soest' } })).rejects.toThrow(
      /not a lifecycle action/,
    );
    await expect(notify({ ...delivery, payload: { ...step, applicationId: 'nope' } })).rejects.toThrow(
      /not found/,
    );
    await expect(notify({ ...delivery, payload: { ...step, tenantId: 'werl' } })).rejects.toThrow(
      /not found/,
    );
    const pay = lifecycleMailHandler(deps, paymentRequestMail);
    await expect(pay({ ...delivery, payload: step })).rejects.toThrow(/amountCents, dueAt or kassenzeichen/);
    expect(deps.mail.sent).toEqual([]);
  });
});
