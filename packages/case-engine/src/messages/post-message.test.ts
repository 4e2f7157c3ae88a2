import { describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../applications/records.ts';
import { ok, submitValid } from '../testing/commands.ts';
import { DURING_PERIOD } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { MESSAGE_NOTICE_HANDLER, parseMessageNoticePayload } from './notification.ts';
import { MESSAGE_BODY_MAX_LENGTH, type PostMessageCommand, postMessage } from './post-message.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => {
  ({ t, s } = world);
});

function command(app: ApplicationRecord, overrides: Partial<PostMessageCommand> = {}): PostMessageCommand {
  return {
    tenantId: app.tenantId,
    applicationId: app.id,
    authorId: app.applicantId,
    authorRole: 'applicant',
    body: 'Guten Tag!',
    trustLevel: 'basis',
    attachments: [],
    now: DURING_PERIOD,
    ...overrides,
  };
}

const outboxRows = () =>
  t.db.sqlite
    .prepare('SELECT dedupe_key AS dedupeKey, handler, payload FROM outbox WHERE handler = ?')
    .all(MESSAGE_NOTICE_HANDLER) as { dedupeKey: string; handler: string; payload: string }[];

describe('postMessage (SEC-5)', () => {
  it('stores the trimmed text and queues one notification for the other side, without the text', async () => {
    const app = await submitValid(t.repo, s);
    const fromApplicant = await ok(postMessage(t.repo, command(app, { body: '  Frage zum Standplatz \n' })));
    const fromOffice = await ok(
      postMessage(t.repo, command(app, { authorId: s.clerk.id, authorRole: 'staff', body: 'Antwort' })),
    );
    expect(fromApplicant.body).toBe('Frage zum Standplatz');
    const rows = outboxRows();
    expect(rows.map((r) => [r.dedupeKey, parseMessageNoticePayload(JSON.parse(r.payload))])).toEqual([
      [
        `message:${fromApplicant.id}`,
        { tenantId: 'soest', applicationId: app.id, messageId: fromApplicant.id, recipient: 'staff' },
      ],
      [
        `message:${fromOffice.id}`,
        { tenantId: 'soest', applicationId: app.id, messageId: fromOffice.id, recipient: 'applicant' },
      ],
    ]);
    expect(rows.map((r) => r.payload).join()).not.toContain('Standplatz');
  });

  it('refuses an empty, blank or too long text with a pointer to /body and stores nothing', async () => {
    const app = await submitValid(t.repo, s);
    const tooLong = 'x'.repeat(MESSAGE_BODY_MAX_LENGTH + 1);
    for (const [body, code] of [
      ['', 'minLength'],
      ['  \n ', 'minLength'],
      [undefined, 'minLength'],
      [tooLong, 'maxLength'],
    ] as const) {
      const result = await postMessage(t.repo, command(app, { body }));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', issues: [{ path: '/body', code }] },
      });
    }
    // Exactly the limit is fine; characters are counted, not UTF-16 units (an emoji is one).
    await ok(postMessage(t.repo, command(app, { body: '🎡'.repeat(MESSAGE_BODY_MAX_LENGTH) })));
    expect(await t.repo.messages.thread(app.id)).toHaveLength(1);
    expect(outboxRows()).toHaveLength(1);
  });

  it('AUTH-2: stores the author’s trust level; an office reply is as protected as what it answers', async () => {
    const app = await submitValid(t.repo, s);
    const staff = { authorId: s.clerk.id, authorRole: 'staff' as const };
    const first = await ok(postMessage(t.repo, command(app, { ...staff })));
    expect(first.trustLevel).toBe('basis');
    const high = await ok(postMessage(t.repo, command(app, { trustLevel: 'substanziell' })));
    expect(high.trustLevel).toBe('substanziell');
    const reply = await ok(postMessage(t.repo, command(app, { ...staff })));
    expect(reply.trustLevel).toBe('substanziell');
    const lowerApplicant = await ok(postMessage(t.repo, command(app)));
    expect(lowerApplicant.trustLevel).toBe('basis');
  });
});
