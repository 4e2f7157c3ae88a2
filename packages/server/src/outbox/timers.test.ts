import {
  createOutboxDispatcher,
  ensureUser,
  findTenantApplication,
  requestDocuments,
  startReview,
  submitApplication,
} from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, FIXED_NOW, STAFF_EMAIL, tempDb } from '../../test/support.ts';
import { seedDemo } from '../demo/seed.ts';
import type { MailMessage, MailTransport } from '../mail/transport.ts';
import { outboxHandlers } from './handlers.ts';

// The server's dispatcher fires the case engine's timers: here the DOC-8 document timer of the Soest demo,
// end to end to the staff mail (the payment timer is tested in case-engine src/timers).

class CapturingTransport implements MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

const DAY = 86_400_000;
let env: ReturnType<typeof tempDb>;
afterEach(() => env.cleanup());

describe('timers in the server dispatcher', () => {
  it('registers the payment and document timers and the staff notice beside the receipt', () => {
    env = tempDb();
    const handlers = outboxHandlers({ db: env.db, mail: new CapturingTransport(), baseUrl: 'http://x' });
    expect(Object.keys(handlers).sort()).toEqual([
      'mail.receipt',
      'mail.staffNotice',
      'timer.documentsDue',
      'timer.paymentDue',
    ]);
  });

  it('DOC-8: documents still missing after the due date -> one mail to the office, the case unchanged', async () => {
    env = tempDb();
    seedDemo(env.db, { now: FIXED_NOW });
    const clerk = ensureUser(env.db, STAFF_EMAIL);
    const submitted = submitApplication(env.db, {
      editionId: EDITION_ID,
      applicantId: ensureUser(env.db, 'erika@example.org').id,
      data: exampleJson('samples/ride-application.json'),
      now: FIXED_NOW,
    });
    if (!submitted.ok) throw new Error('setup: submit failed');
    const cmd = { tenantId: 'soest', applicationId: submitted.value.id, actorId: clerk.id, now: FIXED_NOW };
    if (!startReview(env.db, cmd).ok) throw new Error('setup: review failed');
    const due = new Date(FIXED_NOW.getTime() + 14 * DAY);
    const requested = requestDocuments(env.db, { ...cmd, documents: ['haftpflicht'], dueAt: due });
    if (!requested.ok) throw new Error('setup: request failed');

    const mail = new CapturingTransport();
    const clock = { now: FIXED_NOW };
    const now = () => clock.now;
    const baseUrl = 'https://festplatz.soest.example';
    const dispatcher = createOutboxDispatcher({
      db: env.db,
      handlers: outboxHandlers({ db: env.db, mail, baseUrl, now }),
      now,
    });
    await dispatcher.runOnce(); // the receipt
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
      `Unterlagen nicht fristgerecht eingegangen: Bewerbung ${submitted.value.id} / Documents not received in time: application ${submitted.value.id}`,
    );
    expect(notice.text).toContain(`${baseUrl}/admin/applications/${submitted.value.id}`);
    expect(notice.text).toContain('nicht eingegangen');
    expect(notice.text).not.toContain('Mustermann');
    expect(findTenantApplication(env.db, 'soest', submitted.value.id)?.state).toBe('documents_requested');
  });
});
