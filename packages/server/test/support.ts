// Shared test fixtures: a real SQLite file in a temp dir (the app reads it through the Repository, tests may
// also look at it with SQL), the real outbox transport, the demo seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FestplatzDb,
  openDatabase,
  type Repository,
  type StaffRole,
  sqliteRepository,
  submitApplication,
} from '@festplatz/case-engine';
import { createApp } from '../src/app.ts';
import type { CliIo } from '../src/cli/io.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { OutboxMailTransport } from '../src/mail/outbox.ts';
import type { MailMessage, MailTransport } from '../src/mail/transport.ts';

/** A fixed "today" inside the real 2026 period, so both the shifted and original periods are meaningful. */
export const FIXED_NOW = new Date('2026-01-10T09:00:00Z');

export const BASE_URL = 'http://localhost';
export const EDITION_ID = 'allerheiligenkirmes-2026';
export const STAFF_EMAIL = 'kirmesbuero@soest.example';

/** Reads a file of the Soest example. */
export function exampleJson(relative: string): unknown {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/soest-kirmes', relative), 'utf8'),
  );
}

/** A temp dir with a migrated database file and its repository; `cleanup` closes and deletes it. */
export function tempDb(): { dir: string; db: FestplatzDb; repo: Repository; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-server-'));
  const db = openDatabase({ file: join(dir, 'festplatz.db') });
  return {
    dir,
    db,
    repo: sqliteRepository(db),
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A JSON API call: method, body (sent as JSON), session cookie and Accept-Language. */
export interface JsonInit {
  method?: string;
  body?: unknown;
  cookie?: string;
  lang?: string;
  headers?: Record<string, string>;
}

/** The RequestInit of a JSON API call, for `app.request` and `fetch` alike. */
export function jsonInit(init: JsonInit = {}): RequestInit {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.lang) headers['Accept-Language'] = init.lang;
  return {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  };
}

/** A CLI environment that records output; long-running commands run until `stop()`. */
export function captureIo(env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  let stop = () => {};
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env,
    stopSignal: new Promise((resolve) => {
      stop = resolve;
    }),
  };
  return { io, out, err, stop: () => stop() };
}

/** Polls `probe` every 20 ms until it returns a value. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Captures what would be sent; the real nodemailer transport is exercised by cli/serve.test.ts. */
export class CapturingTransport implements MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

/** Extracts the most recent sign-in link from captured outbox log lines. */
export function lastLink(log: string[]): string {
  const links = log.join('\n').match(/https?:\/\/\S+\/auth\/callback\?token=\S+/g);
  if (!links) throw new Error(`no sign-in link in the log:\n${log.join('\n')}`);
  return links.at(-1) as string;
}

/** Submits the Soest sample ride application as `email` straight through the engine; returns its id. */
export async function submitSample(repo: Repository, email: string, now = FIXED_NOW): Promise<string> {
  const result = await submitApplication(repo, {
    editionId: EDITION_ID,
    applicantId: (await repo.ensureUser(email)).id,
    data: exampleJson('samples/ride-application.json'),
    now,
  });
  if (!result.ok) throw new Error(`setup: submit failed ${JSON.stringify(result.error)}`);
  return result.value.id;
}

/**
 * A seeded temp database in which erika@example.org submitted the sample (receipt queued), plus the base of a
 * command by the Kirmesbüro on that case.
 */
export async function seededCase() {
  const env = tempDb();
  await seedDemo(env.repo, { now: FIXED_NOW });
  const id = await submitSample(env.repo, 'erika@example.org');
  const clerk = await env.repo.ensureUser(STAFF_EMAIL);
  return { ...env, id, cmd: { tenantId: 'soest', applicationId: id, actorId: clerk.id, now: FIXED_NOW } };
}

/** Gives `email` a staff role in `tenantId`, creating the user on first use. */
export async function grantStaff(
  repo: Repository,
  email: string,
  tenantId: string,
  role: StaffRole,
): Promise<void> {
  await repo.grantRole({ userId: (await repo.ensureUser(email)).id, tenantId, role });
}

/** An in-memory app over a seeded temp database, with a movable clock and a captured outbox log. */
export async function seededApp(options: { embedOrigins?: readonly string[] } = {}) {
  const { dir, db, repo, cleanup } = tempDb();
  const clock = { now: FIXED_NOW };
  await seedDemo(repo, { now: FIXED_NOW });
  const log: string[] = [];
  const errors: unknown[] = [];
  const mail = new OutboxMailTransport(join(dir, 'outbox'), (line) => log.push(line));
  const app = createApp({
    repo,
    mail,
    baseUrl: BASE_URL,
    now: () => clock.now,
    logError: (_message, error) => errors.push(error),
    blobDir: join(dir, 'blobs'),
    assetDirs: { kernDist: null, formRuntimeDist: null, builderUiDist: null, serverPublic: null },
    ...options,
  });

  /** Signs in through the real magic-link flow and returns the Cookie header value. */
  async function signIn(email: string): Promise<string> {
    const res = await app.request('/auth/magic-link', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL },
      body: new URLSearchParams({ email, next: '/' }),
    });
    if (res.status !== 200) throw new Error(`magic-link answered ${res.status}`);
    const link = new URL(lastLink(log));
    const callback = await app.request(`${link.pathname}${link.search}`);
    const cookie = callback.headers.get('set-cookie')?.match(/__Host-festplatz_session=[^;]+/)?.[0];
    if (!cookie) throw new Error('callback set no session cookie');
    return cookie;
  }

  /** JSON request helper with optional cookie and language. */
  const json = (path: string, init: JsonInit = {}) => app.request(path, jsonInit(init));

  return { app, db, repo, dir, clock, log, errors, signIn, json, cleanup };
}

/** Counts rows of a table straight from SQLite (to prove that nothing was stored). */
export function countRows(db: FestplatzDb, table: 'applications' | 'application_events'): number {
  return (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A seeded app in which erika@example.org has submitted the sample ride application; staff are signed in. */
export async function seededAppWithSubmission() {
  const ctx = await seededApp();
  const applicant = await ctx.signIn('erika@example.org');
  const res = await ctx.json('/api/v1/me/applications', {
    method: 'POST',
    cookie: applicant,
    body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
  });
  const { id } = (await res.json()) as { id: string };
  return { ctx, applicant, id, staff: await ctx.signIn(STAFF_EMAIL) };
}

/** The context {@link seededApp} resolves with. */
export type SeededApp = Awaited<ReturnType<typeof seededApp>>;
