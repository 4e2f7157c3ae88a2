import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOutboxDispatcher } from '@festplatz/case-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { countRows, EDITION_ID, exampleJson, type SeededApp, seededApp } from './support.ts';

// SEC-5 / tenancy: every applicant reads and changes only their own cases, every staff member only their
// municipality's. Each route with an id is tried with another applicant's and another tenant's ids and must
// answer 404 (existence is not revealed) and change nothing. The route table is read from the app itself, so a
// new route with an id fails this suite until it is listed here.

const TROEDELMARKT_DIR = join(import.meta.dirname, '../../../examples/troedelmarkt');

interface World {
  ctx: SeededApp;
  erika: string;
  max: string;
  linda: string;
  soestStaff: string;
  lindenhagenStaff: string;
  submitted: string;
  draft: string;
  lindenhagenCase: string;
  lindenhagenDeadLetter: string;
  /** An attachment of a message in erika's submitted case. */
  attachment: string;
  /** A document in each case, by case id. */
  documentOf: Record<string, string>;
}

async function post(ctx: SeededApp, path: string, cookie: string, body: unknown) {
  const res = await ctx.json(path, { method: 'POST', cookie, body });
  return (await res.json()) as { id: string };
}

async function buildWorld(): Promise<World> {
  const ctx = await seededApp();
  await seedDemo(ctx.repo, { now: ctx.clock.now, exampleDir: TROEDELMARKT_DIR });
  const erika = await ctx.signIn('erika@example.org');
  const linda = await ctx.signIn('linda@example.org');
  const submitted = await post(ctx, '/api/v1/me/applications', erika, {
    editionId: EDITION_ID,
    data: exampleJson('samples/ride-application.json'),
  });
  const draft = await post(ctx, '/api/v1/me/drafts', erika, {
    editionId: EDITION_ID,
    data: { applicant: { givenName: 'Erika' } },
  });
  const lindenhagenCase = await post(ctx, '/api/v1/me/applications', linda, {
    editionId: 'troedelmarkt-2026',
    data: exampleJsonFrom(TROEDELMARKT_DIR, 'samples/troedelmarkt-private-application.json'),
  });
  // A dead letter of the other tenant: a message for a handler nobody registered.
  await ctx.repo.enqueueOutbox(
    [{ handler: 'test.nobody', dedupeKey: 'acl-dead', payload: {}, tenantId: 'lindenhagen' }],
    ctx.clock.now,
  );
  await createOutboxDispatcher({ store: ctx.repo.outbox, handlers: {}, now: () => ctx.clock.now }).runOnce();
  const dead = (await ctx.repo.listDeadLetters('lindenhagen')).find((m) => m.dedupeKey === 'acl-dead');
  if (!submitted.id || !draft.id || !lindenhagenCase.id || !dead) throw new Error('setup failed');
  const message = await ctx.repo.messages.add({
    id: crypto.randomUUID(),
    tenantId: 'soest',
    applicationId: submitted.id,
    authorId: (await ctx.repo.ensureUser('erika@example.org')).id,
    authorRole: 'applicant',
    body: 'Hallo',
    trustLevel: 'basis',
    now: ctx.clock.now,
    attachments: [{ sha256: 'e'.repeat(64), fileName: 'a.pdf', mediaType: 'application/pdf', size: 1 }],
    outbox: [],
  });
  // An optional consent on erika's case, so the withdrawal route has something to find (DS-1).
  const consent = { consentId: 'publish_in_programme', textVersion: 'v', givenAt: ctx.clock.now };
  await ctx.repo.recordConsents([
    { ...consent, tenantId: 'soest', applicationId: submitted.id, applicantId: message.authorId },
  ]);
  return {
    ctx,
    erika,
    max: await ctx.signIn('max@example.org'),
    linda,
    soestStaff: await ctx.signIn('kirmesbuero@soest.example'),
    lindenhagenStaff: await ctx.signIn('marktbuero@lindenhagen.example'),
    submitted: submitted.id,
    draft: draft.id,
    lindenhagenCase: lindenhagenCase.id,
    lindenhagenDeadLetter: dead.id,
    attachment: message.attachments[0]?.id ?? '',
    documentOf: await documentsIn(ctx, [submitted.id, draft.id, lindenhagenCase.id]),
  };
}

function exampleJsonFrom(dir: string, relative: string): unknown {
  return JSON.parse(readFileSync(join(dir, relative), 'utf8'));
}

/** One uploaded document in each case (straight into the store: the upload itself is tested elsewhere). */
async function documentsIn(ctx: SeededApp, ids: string[]): Promise<Record<string, string>> {
  const byCase: Record<string, string> = {};
  for (const id of ids) {
    const app = await ctx.repo.findTenantApplication(id === ids[2] ? 'lindenhagen' : 'soest', id);
    if (!app) throw new Error('setup: case missing');
    const blob = { sha256: 'f'.repeat(64), mediaType: 'application/pdf', size: 1 };
    const doc = await ctx.repo.documents.add({
      ...{ tenantId: app.tenantId, applicationId: id, applicantId: app.applicantId, kindId: 'x', blob },
      ...{ fileName: 'a.pdf', validFrom: null, validUntil: null, now: ctx.clock.now },
    });
    byCase[id] = doc.id;
  }
  return byCase;
}

/** The document routes (DOC-1..8) of one side on case `id` with its document `doc`, tried as `as`. */
function documentAttempts(api: 'me' | 'admin', id: string, doc: string, as: Attempt['as']): Attempt[] {
  const base = `/api/v1/${api}/applications`;
  const docs = `${base}/${id}/documents`;
  if (api === 'admin') {
    return [
      { route: `GET ${base}/:id/documents`, as, path: docs },
      { route: `GET ${base}/:id/documents/:documentId/content`, as, path: `${docs}/${doc}/content` },
      {
        route: `POST ${base}/:id/documents/:documentId/review`,
        as,
        path: `${docs}/${doc}/review`,
        body: { status: 'accepted' },
      },
    ];
  }
  return [
    { route: `GET ${base}/:id/documents`, as, path: docs },
    { route: `POST ${base}/:id/documents`, as, path: `${docs}?kind=business_description`, body: {} },
    // The JSON body only gives the request a content type the CSRF guard lets through, as a browser's would.
    { route: `DELETE ${base}/:id/documents/:documentId`, as, path: `${docs}/${doc}`, body: {} },
    { route: `GET ${base}/:id/documents/:documentId/content`, as, path: `${docs}/${doc}/content` },
  ];
}

/** The message thread routes (SEC-5) of one side on case `id`, tried as `as`. */
function messageAttempts(api: 'me' | 'admin', id: string, as: Attempt['as'], attachment: string): Attempt[] {
  const base = `/api/v1/${api}/applications`;
  const thread = `${base}/${id}/messages`;
  return [
    { route: `GET ${base}/:id/messages`, as, path: thread },
    { route: `POST ${base}/:id/messages`, as, path: thread, body: { body: 'Hallo' } },
    { route: `POST ${base}/:id/messages/read`, as, path: `${thread}/read`, body: {} },
    {
      route: `GET ${base}/:id/messages/attachments/:attachmentId`,
      as,
      path: `${thread}/attachments/${attachment}`,
    },
  ];
}

// Every document with what an attempt could change: nothing uploaded, removed or reviewed.
const DOCUMENT_STATE = 'SELECT id, review_status, removed_at FROM documents ORDER BY id';

/** "Apply again" with documents on case `id`, tried as `as`. */
function documentReuseAttempts(id: string, as: Attempt['as']): Attempt[] {
  const base = '/api/v1/me/applications';
  return [
    { route: `GET ${base}/:id/documents/reusable`, as, path: `${base}/${id}/documents/reusable` },
    {
      route: `POST ${base}/:id/documents/reuse`,
      as,
      path: `${base}/${id}/documents/reuse`,
      body: { documentIds: ['any'] },
    },
  ];
}

/** The receipt PDF and the consent withdrawal (DATE-1, DS-1) of case `id`, tried as `as`. */
function receiptAndConsentAttempts(id: string, as: Attempt['as']): Attempt[] {
  const base = '/api/v1/me/applications';
  return [
    { route: `GET ${base}/:id/receipt.pdf`, as, path: `${base}/${id}/receipt.pdf` },
    {
      route: `POST ${base}/:id/consents/:consentId/withdraw`,
      as,
      path: `${base}/${id}/consents/publish_in_programme/withdraw`,
      body: {},
    },
  ];
}

/** One attempt: who, which route (with the id filled in), and the body. */
interface Attempt {
  route: string;
  as: keyof Pick<World, 'erika' | 'max' | 'linda' | 'soestStaff' | 'lindenhagenStaff'>;
  path: string;
  body?: unknown;
}

function attempts(w: World): Attempt[] {
  const foreignCases = [w.submitted, w.draft];
  return [
    // Applicant routes: another applicant (max, same tenant) and an applicant of another tenant (linda).
    ...(['max', 'linda'] as const).flatMap((as) =>
      foreignCases.flatMap((id): Attempt[] => [
        { route: 'GET /api/v1/me/applications/:id', as, path: `/api/v1/me/applications/${id}` },
        {
          route: 'PUT /api/v1/me/drafts/:id',
          as,
          path: `/api/v1/me/drafts/${id}`,
          body: { data: { applicant: { givenName: 'X' } } },
        },
        ...messageAttempts('me', id, as, w.attachment),
        ...documentAttempts('me', id, w.documentOf[id] ?? '', as),
        ...documentReuseAttempts(id, as),
        ...receiptAndConsentAttempts(id, as),
      ]),
    ),
    // Staff routes: soest staff with lindenhagen's case and dead letter, lindenhagen staff with soest's case.
    ...[
      { as: 'soestStaff' as const, id: w.lindenhagenCase },
      { as: 'lindenhagenStaff' as const, id: w.submitted },
      { as: 'soestStaff' as const, id: w.draft },
    ].flatMap(({ as, id }): Attempt[] => [
      { route: 'GET /api/v1/admin/applications/:id', as, path: `/api/v1/admin/applications/${id}` },
      {
        route: 'POST /api/v1/admin/applications/:id/events',
        as,
        path: `/api/v1/admin/applications/${id}/events`,
        body: { type: 'START_REVIEW' },
      },
      ...messageAttempts('admin', id, as, w.attachment),
      ...documentAttempts('admin', id, w.documentOf[id] ?? '', as),
    ]),
    {
      route: 'POST /api/v1/admin/outbox/dead-letters/:id/retry',
      as: 'soestStaff',
      path: `/api/v1/admin/outbox/dead-letters/${w.lindenhagenDeadLetter}/retry`,
      body: {},
    },
  ];
}

describe('access control: other applicants’ and other tenants’ ids answer 404 and change nothing', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.ctx.cleanup());

  it('covers every API route that takes an id', () => {
    // Public on purpose: the form of an open edition is what the application page shows to anyone.
    const PUBLIC = new Set(['GET /api/v1/editions/:id/form', 'GET /api/v1/editions/:id/form-validator.js']);
    const withId = w.ctx.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path.includes('/:id'))
      .filter((r) => !PUBLIC.has(`${r.method} ${r.path}`))
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(attempts(w).map((a) => a.route))].sort()).toEqual([...new Set(withId)].sort());
  });

  it('answers 404 to every attempt', async () => {
    const before = {
      applications: countRows(w.ctx.db, 'applications'),
      events: countRows(w.ctx.db, 'application_events'),
      messages: w.ctx.db.sqlite.prepare('SELECT count(*) AS n, max(read_at) AS r FROM messages').get(),
      documents: w.ctx.db.sqlite.prepare(DOCUMENT_STATE).all(),
      consents: w.ctx.db.sqlite.prepare('SELECT id, withdrawn_at FROM consents ORDER BY id').all(),
    };
    const answers = [];
    for (const attempt of attempts(w)) {
      const method = attempt.route.split(' ')[0] as string;
      const res = await w.ctx.json(attempt.path, {
        method,
        cookie: w[attempt.as],
        ...(attempt.body !== undefined ? { body: attempt.body } : {}),
      });
      answers.push({ as: attempt.as, path: attempt.path, status: res.status });
    }
    expect(answers.filter((a) => a.status !== 404)).toEqual([]);
    expect(countRows(w.ctx.db, 'applications')).toBe(before.applications);
    expect(countRows(w.ctx.db, 'application_events')).toBe(before.events);
    expect(w.ctx.db.sqlite.prepare('SELECT count(*) AS n, max(read_at) AS r FROM messages').get()).toEqual(
      before.messages,
    );
    expect(w.ctx.db.sqlite.prepare(DOCUMENT_STATE).all()).toEqual(before.documents);
    expect(w.ctx.db.sqlite.prepare('SELECT id, withdrawn_at FROM consents ORDER BY id').all()).toEqual(
      before.consents,
    );
    const dead = await w.ctx.repo.listDeadLetters('lindenhagen');
    expect(dead.map((m) => m.id)).toContain(w.lindenhagenDeadLetter);
  });

  it('lets each owner still reach their own case (the 404s are not a broken route)', async () => {
    const own = [
      { cookie: w.erika, path: `/api/v1/me/applications/${w.submitted}` },
      { cookie: w.erika, path: `/api/v1/me/applications/${w.draft}` },
      { cookie: w.linda, path: `/api/v1/me/applications/${w.lindenhagenCase}` },
      { cookie: w.soestStaff, path: `/api/v1/admin/applications/${w.submitted}` },
      { cookie: w.lindenhagenStaff, path: `/api/v1/admin/applications/${w.lindenhagenCase}` },
    ];
    for (const { cookie, path } of own) expect((await w.ctx.json(path, { cookie })).status, path).toBe(200);
  });

  it('does not let an applicant submit someone else’s draft', async () => {
    const res = await w.ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie: w.max,
      body: { editionId: EDITION_ID, draftId: w.draft, data: exampleJson('samples/ride-application.json') },
    });
    expect(res.status).toBe(404);
  });
});
