import { beforeEach, expect, it } from 'vitest';
import type { NewMessage, NewMessageAttachment } from '../../src/repository/messages-types.ts';
import { seedWorldWithTwoCases } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, countRows, storedOutbox } from './harness.ts';

const T0 = new Date('2026-01-20T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const pdf: NewMessageAttachment = {
  sha256: 'a'.repeat(64),
  fileName: 'Haftpflicht.pdf',
  mediaType: 'application/pdf',
  size: 1234,
};
const photo: NewMessageAttachment = {
  sha256: 'b'.repeat(64),
  fileName: 'Aufbau.jpg',
  mediaType: 'image/jpeg',
  size: 99,
};

/** Message threads (SEC-5): atomic with attachments and notification, oldest first, read marks per side. */
export function messagesContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  let caseId: string;
  let otherCaseId: string;
  const message = (overrides: Partial<NewMessage> = {}): NewMessage => ({
    id: crypto.randomUUID(),
    tenantId: 'soest',
    applicationId: caseId,
    authorId: world.applicant.id,
    authorRole: 'applicant',
    body: 'Guten Tag, anbei die Versicherung.',
    trustLevel: 'basis',
    now: T0,
    attachments: [],
    outbox: [],
    ...overrides,
  });

  beforeEach(async () => {
    ({ world, caseId, otherCaseId } = await seedWorldWithTwoCases(h().repo));
  });

  it('adds a message with its attachments and outbox message in one go, and lists the thread oldest first', async () => {
    const { repo } = h();
    const notice = {
      handler: 'mail.newMessage',
      dedupeKey: 'message:1',
      payload: { n: 1 },
      tenantId: 'soest',
    };
    const first = await repo.messages.add(message({ attachments: [pdf, photo], outbox: [notice] }));
    const reply = await repo.messages.add(
      message({
        authorId: world.clerk.id,
        authorRole: 'staff',
        body: 'Danke!',
        trustLevel: 'hoch',
        now: at(5),
      }),
    );
    // Later in the list although stored first: the thread is ordered by time.
    await repo.messages.add(message({ body: 'Noch eine Frage', now: at(10) }));
    const thread = await repo.messages.thread(caseId);
    expect(thread.map((m) => [m.body, m.authorRole, m.trustLevel])).toEqual([
      ['Guten Tag, anbei die Versicherung.', 'applicant', 'basis'],
      ['Danke!', 'staff', 'hoch'],
      ['Noch eine Frage', 'applicant', 'basis'],
    ]);
    // `add` answers the attachments in the order given; the thread lists them by file name.
    expect(thread[0]).toEqual({ ...first, attachments: [first.attachments[1], first.attachments[0]] });
    expect(thread[1]).toEqual(reply);
    expect(first).toMatchObject({ readAt: null, createdAt: T0, authorId: world.applicant.id });
    expect(first.attachments.map(({ id: _id, ...rest }) => rest)).toEqual([
      { ...pdf, messageId: first.id },
      { ...photo, messageId: first.id },
    ]);
    expect(await countRows(h(), 'blobs')).toBe(2);
    expect((await storedOutbox(h())).map((m) => [m.dedupeKey, m.handler, m.payload])).toEqual([
      ['message:1', 'mail.newMessage', { n: 1 }],
    ]);
    expect(await repo.messages.thread(otherCaseId)).toEqual([]);
  });

  it('stores nothing of a message when a part of it fails', async () => {
    const { repo } = h();
    const first = await repo.messages.add(message({ attachments: [pdf] }));
    // The same id again: the message insert fails, so neither its attachments nor its outbox row appear.
    const notice = { handler: 'mail.newMessage', dedupeKey: 'message:dup', payload: {}, tenantId: 'soest' };
    await expect(
      repo.messages.add(message({ id: first.id, attachments: [photo], outbox: [notice] })),
    ).rejects.toThrow();
    expect(await countRows(h(), 'messages')).toBe(1);
    expect(await countRows(h(), 'message_attachments')).toBe(1);
    expect(await countRows(h(), 'blobs')).toBe(1);
    expect(await storedOutbox(h())).toEqual([]);
  });

  it('shares one blob row between attachments of the same content', async () => {
    const { repo } = h();
    await repo.messages.add(message({ attachments: [pdf] }));
    await repo.messages.add(message({ attachments: [{ ...pdf, fileName: 'nochmal.pdf' }], now: at(1) }));
    expect(await countRows(h(), 'blobs')).toBe(1);
    expect(await countRows(h(), 'message_attachments')).toBe(2);
  });

  it('marks only the other side’s unread messages read and counts unread per case for a side', async () => {
    const { repo } = h();
    await repo.messages.add(message());
    await repo.messages.add(message({ now: at(1) }));
    await repo.messages.add(message({ applicationId: otherCaseId, authorId: world.otherApplicant.id }));
    await repo.messages.add(
      message({ authorId: world.clerk.id, authorRole: 'staff', body: 'Antwort', now: at(2) }),
    );
    const both = [caseId, otherCaseId, 'unknown'];
    expect(await repo.messages.countUnread('staff', both)).toEqual({ [caseId]: 2, [otherCaseId]: 1 });
    expect(await repo.messages.countUnread('applicant', both)).toEqual({ [caseId]: 1 });
    expect(await repo.messages.countUnread('staff', [])).toEqual({});

    expect(await repo.messages.markRead(caseId, 'staff', at(3))).toBe(2);
    expect(await repo.messages.markRead(caseId, 'staff', at(4))).toBe(0);
    expect(await repo.messages.countUnread('staff', both)).toEqual({ [otherCaseId]: 1 });
    expect(await repo.messages.countUnread('applicant', both)).toEqual({ [caseId]: 1 });
    const thread = await repo.messages.thread(caseId);
    // The first reading is kept; the office's own message stays unread until the applicant reads it.
    expect(thread.map((m) => m.readAt)).toEqual([at(3), at(3), null]);
  });

  it('finds an attachment only through the case its message belongs to, with the message’s trust level', async () => {
    const { repo } = h();
    const stored = await repo.messages.add(message({ attachments: [pdf], trustLevel: 'substanziell' }));
    const attachment = stored.attachments[0];
    if (!attachment) throw new Error('no attachment stored');
    expect(await repo.messages.findAttachment(caseId, attachment.id)).toEqual({
      ...attachment,
      messageTrustLevel: 'substanziell',
    });
    expect(await repo.messages.findAttachment(otherCaseId, attachment.id)).toBeNull();
    expect(await repo.messages.findAttachment(caseId, 'unknown')).toBeNull();
  });
}
