import { createOutboxDispatcher } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { mailBody, mailHeader, startSmtpServer, type TestSmtpServer } from '../../test/smtp-server.ts';
import { grantStaff, seededAppWithSubmission } from '../../test/support.ts';
import { SmtpMailTransport } from '../mail/smtp-transport.ts';
import { samplePdf } from '../uploads/testing/sample-files.ts';
import { outboxHandlers } from './handlers.ts';
import { messageNoticeHandler } from './message-notice-handler.ts';

const BASE = 'https://festplatz.soest.example';
const SECRET_TEXT = 'Mein Stellplatz braucht 63 Ampere';

let smtp: TestSmtpServer | undefined;
let env: Awaited<ReturnType<typeof seededAppWithSubmission>> | undefined;
afterEach(async () => {
  await smtp?.close();
  env?.ctx.cleanup();
});

// Sign-ins, an upload and a real SMTP exchange: more than the default 5 s on a busy machine.
describe('mail.newMessage handler (SEC-5: the mail says that, not what)', { timeout: 30_000 }, () => {
  it('tells the office of an applicant message and the applicant of the answer, without text or file names, once', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, staff, id } = env;
    await grantStaff(ctx.repo, 'pruefer@soest.example', 'soest', 'reviewer');
    smtp = await startSmtpServer();
    const form = new FormData();
    form.set('body', SECRET_TEXT);
    form.append('attachments', new File([new Uint8Array(samplePdf())], 'Stromplan-Geheim.pdf'));
    const sent = await ctx.app.request(`/api/v1/me/applications/${id}/messages`, {
      method: 'POST',
      headers: { Cookie: applicant, Origin: 'http://localhost' },
      body: form,
    });
    expect(sent.status).toBe(201);
    const answer = await ctx.json(`/api/v1/admin/applications/${id}/messages`, {
      method: 'POST',
      cookie: staff,
      body: { body: 'Antwort: 63 A gehen an Kasten 7' },
    });
    expect(answer.status).toBe(201);

    const transport = new SmtpMailTransport({
      url: `smtp://127.0.0.1:${smtp.port}`,
      from: 'festplatz@soest.example',
    });
    const dispatcher = createOutboxDispatcher({
      store: ctx.repo.outbox,
      handlers: outboxHandlers({ repo: ctx.repo, mail: transport, baseUrl: BASE }),
      now: () => ctx.clock.now,
    });
    await dispatcher.runOnce();
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });

    const notices = smtp.received.filter((m) => /Neue Nachricht/.test(mailHeader(m.raw, 'Subject') ?? ''));
    const staffEmails = (await ctx.repo.listTenantStaff('soest'))
      .filter((s) => s.role === 'admin' || s.role === 'clerk')
      .map((s) => s.email);
    expect(notices.flatMap((m) => m.to).sort()).toEqual([...staffEmails, 'erika@example.org'].sort());
    expect(notices.flatMap((m) => m.to)).not.toContain('pruefer@soest.example');

    const toApplicant = notices.find((m) => m.to.includes('erika@example.org'))?.raw ?? '';
    expect(mailHeader(toApplicant, 'Subject')).toBe(
      "Neue Nachricht zu Ihrer Bewerbung für Allerheiligenkirmes 2026 / New message about your application for All Saints' Fair 2026",
    );
    expect(mailBody(toApplicant)).toContain(`${BASE}/applications/${id}`);
    expect(mailBody(toApplicant)).toContain('the office has sent you a new message');
    const toOffice = notices.find((m) => !m.to.includes('erika@example.org'))?.raw ?? '';
    expect(mailHeader(toOffice, 'Subject')).toBe(
      `Neue Nachricht zur Bewerbung ${id} / New message about application ${id}`,
    );
    expect(mailBody(toOffice)).toContain(`${BASE}/admin/applications/${id}`);
    for (const { raw } of notices) {
      for (const secret of ['63 Ampere', '63 A', 'Stromplan', 'Kasten 7', 'Erika', 'Mustermann']) {
        expect(mailBody(raw)).not.toContain(secret);
        expect(mailHeader(raw, 'Subject')).not.toContain(secret);
      }
    }
  });

  it('throws (so the outbox retries) for a payload that is not a notice or a case that is gone', async () => {
    env = await seededAppWithSubmission();
    const handler = messageNoticeHandler({
      repo: env.ctx.repo,
      mail: { send: async () => {} },
      baseUrl: BASE,
    });
    const delivery = { id: 'm', dedupeKey: 'message:x', tenantId: 'soest', applicationId: null, attempt: 1 };
    await expect(handler({ ...delivery, payload: { messageId: 'x' } })).rejects.toThrow(
      /not a message notice/,
    );
    await expect(
      handler({
        ...delivery,
        payload: { tenantId: 'soest', applicationId: 'gone', messageId: 'x', recipient: 'staff' },
      }),
    ).rejects.toThrow(/not found/);
  });
});
