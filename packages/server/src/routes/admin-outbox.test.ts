import { createOutboxDispatcher } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EDITION_ID,
  exampleJson,
  grantStaff,
  type SeededApp,
  STAFF_EMAIL,
  seededApp,
} from '../../test/support.ts';

let ctx: SeededApp;
afterEach(() => ctx.cleanup());

/** A submission whose receipt failed for good (one attempt allowed, the mail server refuses). */
async function deadReceipt() {
  ctx = await seededApp();
  const res = await ctx.json('/api/v1/me/applications', {
    method: 'POST',
    cookie: await ctx.signIn('erika@example.org'),
    body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
  });
  const { id } = (await res.json()) as { id: string };
  const failing = createOutboxDispatcher({
    store: ctx.repo.outbox,
    handlers: {
      'mail.receipt': () => {
        throw new Error('550 mailbox unavailable');
      },
    },
    maxAttempts: 1,
  });
  expect(await failing.runOnce()).toMatchObject({ dead: 1 });
  return { id, admin: await ctx.signIn(STAFF_EMAIL) };
}

describe('/api/v1/admin/outbox', () => {
  it('lists the dead letters of the admin’s tenant with attempts and the last error', async () => {
    const { id, admin } = await deadReceipt();
    const res = await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: admin });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      items: [
        {
          id: expect.any(String),
          tenantId: 'soest',
          handler: 'mail.receipt',
          dedupeKey: `receipt:${id}`,
          applicationId: id,
          status: 'dead',
          attempts: 1,
          lastError: '550 mailbox unavailable',
          createdAt: expect.any(String),
          nextAttemptAt: expect.any(String),
        },
      ],
    });
  });

  it('retries a dead letter once (200, pending again), then answers 404; the next run delivers it', async () => {
    const { id, admin } = await deadReceipt();
    const list = await (await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: admin })).json();
    const messageId = list.items[0].id as string;
    const retry = () =>
      ctx.json(`/api/v1/admin/outbox/dead-letters/${messageId}/retry`, {
        method: 'POST',
        cookie: admin,
        body: {},
      });
    const first = await retry();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ id: messageId, status: 'pending', attempts: 0 });
    expect((await retry()).status).toBe(404);

    const sent: string[] = [];
    const dispatcher = createOutboxDispatcher({
      store: ctx.repo.outbox,
      handlers: { 'mail.receipt': (m) => void sent.push(m.dedupeKey) },
    });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(sent).toEqual([`receipt:${id}`]);
    expect(
      (await (await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: admin })).json()).items,
    ).toEqual([]);
  });

  it('is 401 signed out, 403 for an applicant and for staff without the admin role', async () => {
    await deadReceipt();
    expect((await ctx.json('/api/v1/admin/outbox/dead-letters')).status).toBe(401);
    const applicant = await ctx.signIn('erika@example.org');
    expect((await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: applicant })).status).toBe(403);
    await grantStaff(ctx.repo, 'sachbearbeitung@soest.example', 'soest', 'clerk');
    const clerk = await ctx.signIn('sachbearbeitung@soest.example');
    const res = await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: clerk });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not show or retry another tenant’s dead letters (404)', async () => {
    await deadReceipt();
    const list = await (
      await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: await ctx.signIn(STAFF_EMAIL) })
    ).json();
    const messageId = list.items[0].id as string;
    await ctx.repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    await grantStaff(ctx.repo, 'admin@werl.example', 'werl', 'admin');
    const werl = await ctx.signIn('admin@werl.example');
    expect(
      (await (await ctx.json('/api/v1/admin/outbox/dead-letters', { cookie: werl })).json()).items,
    ).toEqual([]);
    const retry = await ctx.json(`/api/v1/admin/outbox/dead-letters/${messageId}/retry`, {
      method: 'POST',
      cookie: werl,
      body: {},
    });
    expect(retry.status).toBe(404);
  });
});
