// The server on PostgreSQL, end to end: `festplatz demo` with DATABASE_URL pointing at a throw-away cluster
// (started like CI does; under CI=true a missing PostgreSQL fails instead of skipping), then the walking
// skeleton over real HTTP, a second demo start on the same database, and `festplatz audit verify`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithPg } from '../../case-engine/test/support/describe-pg.ts';
import { runCli } from '../src/cli/main.ts';
import {
  captureIo,
  EDITION_ID,
  exampleJson,
  type JsonInit,
  jsonInit,
  lastLink,
  STAFF_EMAIL,
  waitFor,
} from './support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'festplatz-server-pg-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
/** Servers a failed test left running; shut down before the cluster goes away. */
const running = new Set<() => Promise<number>>();

/** `festplatz demo` in this process, serving until `stop()` resolves with its exit code. */
async function startDemo(databaseUrl: string) {
  const cli = captureIo({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    FESTPLATZ_DATA_DIR: dataDir,
    FESTPLATZ_OUTBOX_INTERVAL_MS: '20',
  });
  const exit = runCli(['demo'], cli.io);
  const shutDown = () => {
    cli.stop();
    running.delete(shutDown);
    return exit;
  };
  running.add(shutDown);
  const baseUrl = await waitFor(() => cli.out.join('\n').match(/Festplatz läuft auf (\S+)/)?.[1], 30_000);
  const api = (path: string, init: JsonInit = {}) => fetch(`${baseUrl}${path}`, jsonInit(init));
  /** Waits for the dev outbox's console line of a mail to `to` whose subject starts with `subject`. */
  const mailLogged = (to: string, subject: string) =>
    waitFor(() => cli.out.find((line) => line.startsWith(`Mail to ${to}: ${subject}`)));
  const signIn = async (email: string) => {
    const form = await fetch(`${baseUrl}/auth/magic-link`, {
      method: 'POST',
      headers: { Origin: baseUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, next: '/' }),
    });
    expect(form.status).toBe(200);
    const callback = await fetch(lastLink(cli.out), { redirect: 'manual' });
    expect(callback.status).toBe(303);
    return callback.headers.get('set-cookie')?.match(/__Host-festplatz_session=[^;]+/)?.[0] as string;
  };
  const stop = async () => {
    const code = await shutDown();
    expect(cli.err).toEqual([]);
    return code;
  };
  return { ...cli, baseUrl, api, mailLogged, signIn, stop };
}

describeWithPg('the server on PostgreSQL (DATABASE_URL)', (cluster) => {
  // Registered after the cluster's own afterAll, so it runs before it (after-hooks run in reverse order).
  afterAll(() => Promise.all([...running].map((shutDown) => shutDown())));

  it('runs the Soest demo: editions, sign-in, submission, staff list and command, mails, restart, audit', async () => {
    // Trust authentication ignores the password, so it shows that the console never prints one.
    const databaseUrl = cluster().url.replace('//postgres@', '//postgres:geheim@');
    const demo = await startDemo(databaseUrl);
    expect(demo.out[0]).toBe(`Datenbank: PostgreSQL ${databaseUrl.replace(':geheim@', ':***@')}`);
    expect(demo.out.join('\n')).not.toContain('geheim');

    const editions = await (await demo.api('/api/v1/editions')).json();
    expect(editions.map((e: { id: string }) => e.id).sort()).toEqual([EDITION_ID, 'pferdemarkt-2026']);

    const applicant = await demo.signIn('erika@example.org');
    const submitted = await demo.api('/api/v1/me/applications', {
      method: 'POST',
      cookie: applicant,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
    });
    expect(submitted.status).toBe(201);
    const { id } = (await submitted.json()) as { id: string };
    await demo.mailLogged('erika@example.org', 'Eingangsbestätigung');

    const staff = await demo.signIn(STAFF_EMAIL);
    const { items } = await (await demo.api('/api/v1/admin/applications', { cookie: staff })).json();
    // Newest first; the demo's 2025 application (seed-history.ts, for "apply again") comes after.
    expect(items).toMatchObject([
      { id, applicantName: 'Erika Mustermann', state: 'submitted' },
      { applicantName: 'Aylin Demir', state: 'submitted' },
    ]);

    const send = (body: Record<string, unknown>) =>
      demo.api(`/api/v1/admin/applications/${id}/events`, { method: 'POST', cookie: staff, body });
    const review = await send({ type: 'START_REVIEW' });
    expect(review.status).toBe(200);
    expect((await review.json()).state).toBe('in_review');
    expect((await send({ type: 'START_REVIEW' })).status).toBe(409);
    const dueAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const request = await send({ type: 'REQUEST_DOCUMENTS', documents: ['haftpflicht'], dueAt });
    expect((await request.json()).state).toBe('documents_requested');
    // The lifecycle's notifyApplicant action, delivered from the PostgreSQL outbox after commit.
    await demo.mailLogged('erika@example.org', 'Ihre Bewerbung für Allerheiligenkirmes 2026: Unterlagen');
    expect(await demo.stop()).toBe(0);

    // A second start against the same database: the seed is idempotent, the case is still there.
    const again = await startDemo(databaseUrl);
    const staffAgain = await again.signIn(STAFF_EMAIL);
    const detail = await (await again.api(`/api/v1/admin/applications/${id}`, { cookie: staffAgain })).json();
    expect(detail).toMatchObject({ id, state: 'documents_requested' });
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'submitted',
      'review_started',
      'request_documents',
    ]);
    expect(await again.stop()).toBe(0);

    const audit = captureIo({ DATABASE_URL: databaseUrl, FESTPLATZ_DATA_DIR: join(dataDir, 'unused') });
    expect(await runCli(['audit', 'verify'], audit.io)).toBe(0);
    expect(audit.out).toEqual([
      `Datenbank: PostgreSQL ${databaseUrl.replace(':geheim@', ':***@')}`,
      // Erika's case (4 events) and the demo's 2025 application (2), stored once despite the restart.
      'Prüfprotokoll unverändert: 2 Bewerbungen mit 6 Ereignissen geprüft, keine Manipulation gefunden.',
    ]);
  }, 120_000);
});
