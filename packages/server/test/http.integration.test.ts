// End to end over real HTTP: node server on 127.0.0.1:0, a temporary SQLite FILE, the demo seed the CLI
// uses (with a fixed clock), sign-in through the outbox mail, submission, staff review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { OutboxMailTransport } from '../src/mail/outbox.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import {
  countRows,
  EDITION_ID,
  exampleJson,
  FIXED_NOW,
  type JsonInit,
  jsonInit,
  STAFF_EMAIL,
  tempDb,
} from './support.ts';

const env = tempDb();
const clock = { now: FIXED_NOW };
const outbox = join(env.dir, 'outbox');
let server: RunningServer;

beforeAll(async () => {
  await seedDemo(env.repo, { now: FIXED_NOW });
  server = await startServer({
    repo: env.repo,
    mail: new OutboxMailTransport(outbox),
    now: () => clock.now,
    port: 0,
    hostname: '127.0.0.1',
    assetDirs: { kernDist: null, formRuntimeDist: null, builderUiDist: null, serverPublic: null },
  });
});

afterAll(async () => {
  await server.close();
  env.cleanup();
});

/** The sign-in link of the newest .eml in the outbox (quoted-printable decoded). */
function linkFromOutbox(to: string): string {
  const files = readdirSync(outbox).sort();
  for (const file of files.reverse()) {
    const eml = readFileSync(join(outbox, file), 'utf8');
    if (!eml.toLowerCase().includes(`to: ${to}`)) continue;
    const decoded = eml
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    const link = decoded.match(/http:\/\/\S+\/auth\/callback\?token=[\w-]+/)?.[0];
    if (link) return link;
  }
  throw new Error(`no mail to ${to} in ${outbox}`);
}

async function signIn(email: string): Promise<string> {
  const res = await fetch(`${server.url}/auth/magic-link`, {
    method: 'POST',
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, next: '/admin' }),
  });
  expect(res.status).toBe(200);
  const link = linkFromOutbox(email);
  expect(link.startsWith(`${server.url}/auth/callback?token=`)).toBe(true);
  const callback = await fetch(link, { redirect: 'manual' });
  expect(callback.status).toBe(303);
  expect(callback.headers.get('location')).toBe('/admin');
  const cookie = callback.headers.get('set-cookie') ?? '';
  expect(cookie).toContain('HttpOnly');
  return cookie.split(';')[0] as string;
}

const api = (path: string, init: JsonInit = {}) => fetch(`${server.url}${path}`, jsonInit(init));

describe('Festplatz over HTTP', () => {
  let applicant: string;
  let applicationId: string;

  it('is healthy', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('lists the open demo edition and serves its form', async () => {
    const editions = await (await api('/api/v1/editions')).json();
    expect(editions.map((e: { id: string }) => e.id).sort()).toEqual([EDITION_ID, 'pferdemarkt-2026']);
    const kirmes = editions.find((e: { id: string }) => e.id === EDITION_ID);
    expect(Object.keys(kirmes).sort()).toEqual([
      'applicationPeriod',
      'demoNotice',
      'eventDays',
      'eventTypeId',
      'id',
      'tenantId',
      'title',
    ]);
    expect(kirmes.applicationPeriod.closes).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+01:00$/);
    const form = await (await api(`/api/v1/editions/${EDITION_ID}/form`)).json();
    expect(Object.keys(form).sort()).toEqual([
      'applicationPeriod',
      'demoNotice',
      'minimumTrustLevel',
      'pages',
      'privacy',
      'schema',
      'title',
      'uiSchema',
      'validatorUrl',
    ]);
  });

  it('is 401 for the API when signed out', async () => {
    const res = await api('/api/v1/me/applications');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs in by magic link', async () => {
    applicant = await signIn('erika@example.org');
    expect(await (await api('/api/v1/me', { cookie: applicant })).json()).toMatchObject({
      email: 'erika@example.org',
    });
  });

  it('rejects invalid data with 422 (German default, English on request) and stores nothing', async () => {
    const data = structuredClone(exampleJson('samples/ride-application.json')) as Record<
      string,
      Record<string, unknown>
    >;
    (data.applicant as Record<string, unknown>).email = 'keine-adresse';
    delete (data.business as Record<string, unknown>).category;
    const body = { editionId: EDITION_ID, data };
    const de = await api('/api/v1/me/applications', { method: 'POST', cookie: applicant, body });
    expect(de.status).toBe(422);
    expect(de.headers.get('content-type')).toContain('application/problem+json');
    const problemDe = await de.json();
    expect(problemDe.title).toBe('Angaben unvollständig oder fehlerhaft');
    const pointers = problemDe.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/applicant/email', '/business/category']));

    const en = await (
      await api('/api/v1/me/applications', { method: 'POST', cookie: applicant, body, lang: 'en' })
    ).json();
    expect(en.title).toBe('Incomplete or invalid information');
    expect(en.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(pointers));

    expect(countRows(env.db, 'applications')).toBe(0);
    expect(countRows(env.db, 'application_events')).toBe(0);
  });

  it('accepts the sample application (201)', async () => {
    const res = await api('/api/v1/me/applications', {
      method: 'POST',
      cookie: applicant,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.state).toBe('submitted');
    applicationId = created.id;
    expect(countRows(env.db, 'applications')).toBe(1);
  });

  it('refuses a late submission with APPLICATION_PERIOD_CLOSED', async () => {
    const editions = await (await api('/api/v1/editions')).json();
    const kirmes = editions.find((e: { id: string }) => e.id === EDITION_ID);
    clock.now = new Date(new Date(kirmes.applicationPeriod.closes).getTime() + 1000);
    try {
      const late = await signIn('late@example.org');
      const res = await api('/api/v1/me/applications', {
        method: 'POST',
        cookie: late,
        body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
      });
      expect(res.status).toBe(422);
      expect((await res.json()).code).toBe('APPLICATION_PERIOD_CLOSED');
    } finally {
      clock.now = FIXED_NOW;
    }
    expect(countRows(env.db, 'applications')).toBe(1);
  });

  it('shows the application to staff, lets them start the review once, then 409', async () => {
    const staff = await signIn(STAFF_EMAIL);
    const { items } = await (await api('/api/v1/admin/applications', { cookie: staff })).json();
    expect(items.map((i: { id: string }) => i.id)).toEqual([applicationId]);
    const detail = await (await api(`/api/v1/admin/applications/${applicationId}`, { cookie: staff })).json();
    expect(detail).toMatchObject({
      state: 'submitted',
      allowedEvents: ['START_REVIEW', 'WITHDRAW'],
      applicantName: 'Erika Mustermann',
    });

    const start = () =>
      api(`/api/v1/admin/applications/${applicationId}/events`, {
        method: 'POST',
        cookie: staff,
        body: { type: 'START_REVIEW' },
      });
    const first = await start();
    expect(first.status).toBe(200);
    expect((await first.json()).state).toBe('in_review');
    const second = await start();
    expect(second.status).toBe(409);
    expect((await second.json()).code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('hides the application from another applicant (404) and the admin API from applicants (403)', async () => {
    const other = await signIn('max@example.org');
    expect((await api(`/api/v1/me/applications/${applicationId}`, { cookie: other })).status).toBe(404);
    expect((await api(`/api/v1/me/applications/${applicationId}`, { cookie: applicant })).status).toBe(200);
    const admin = await api('/api/v1/admin/applications', { cookie: applicant });
    expect(admin.status).toBe(403);
    expect((await admin.json()).code).toBe('FORBIDDEN');
  });
});
