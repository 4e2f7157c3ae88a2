import { createOutboxDispatcher, requestDocuments, startReview } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { CapturingTransport, FIXED_NOW, STAFF_EMAIL, seededCase, tempDb } from '../../test/support.ts';
import type { MailMessage } from '../mail/transport.ts';
import { outboxHandlers } from './handlers.ts';

// The server's dispatcher fires the case engine's timers: here the DOC-8 document timer of the Soest demo,
// end to end to the staff mail (the payment timer is tested in case-engine src/timers).

const DAY = 86_400_000;
let env: { cleanup: () => void };
afterEach(() => env.cleanup());

describe('timers in the server dispatcher', () => {
  it('registers the engine’s handlers (timers, move-up) beside the server’s mails', () => {
    const db = tempDb();
    env = db;
    const handlers = outboxHandlers({ repo: db.repo, mail: new CapturingTransport(), baseUrl: 'http://x' });
    expect(Object.keys(handlers).sort()).toEqual([
      'lifecycle.issueNotice',
      'lifecycle.moveUpFromWaitlist',
      'lifecycle.notifyApplicant',
      'lifecycle.requestPayment',
      'mail.documentUploaded',
      'mail.newMessage',
      'mail.receipt',
      'mail.staffNotice',
      'timer.documentsDue',
      'timer.paymentDue',
    ]);
  });

  it('DOC-8: documents still missing after the due date -> one mail to the office, the case unchanged', async () => {
    const c = await seededCase();
    env = c;
    if (!(await startReview(c.repo, c.cmd)).ok) throw new Error('setup: review failed');
    const due = new Date(FIXED_NOW.getTime() + 14 * DAY);
    const requested = await requestDocuments(c.repo, { ...c.cmd, documents: ['haftpflicht'], dueAt: due });
    if (!requested.ok) throw new Error('setup: request failed');

    const mail = new CapturingTransport();
    const clock = { now: FIXED_NOW };
    const now = () => clock.now;
    const baseUrl = 'https://festplatz.soest.example';
    const dispatcher = createOutboxDispatcher({
      store: c.repo.outbox,
      handlers: outboxHandlers({ repo: c.repo, mail, baseUrl, now }),
      now,
    });
    await dispatcher.runOnce(); // the receipt and the applicant's "documents requested" mail
    const staffMails = () => mail.sent.filter((m) => m.to !== 'erika@example.org');
    clock.now = due;
    await dispatcher.runOnce();
    expect(staffMails()).toEqual([]);
    clock.now = new Date(due.getTime() + 60_000);
    await dispatcher.runOnce(); // the timer fires and enqueues the notice
    await dispatcher.runOnce(); // the notice is mailed
    await dispatcher.runOnce(); // nothing more
    expect(staffMails().map((m) => m.to)).toEqual([STAFF_EMAIL]);
    const [notice] = staffMails() as [MailMessage];
    expect(notice.subject).toBe(
      `Unterlagen nicht fristgerecht eingegangen: Bewerbung ${c.id} / Documents not received in time: application ${c.id}`,
    );
    expect(notice.text).toContain(`${baseUrl}/admin/applications/${c.id}`);
    expect(notice.text).toContain('nicht eingegangen');
    expect(notice.text).not.toContain('Mustermann');
    expect((await c.repo.findTenantApplication('soest', c.id))?.state).toBe('documents_requested');
  });
});
