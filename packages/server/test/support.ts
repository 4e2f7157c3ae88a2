// Shared test fixtures: a real SQLite file in a temp dir, the real outbox transport, the demo seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FestplatzDb, openDatabase } from '@festplatz/case-engine';
import { createApp } from '../src/app.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { OutboxMailTransport } from '../src/mail/outbox.ts';

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

/** A temp dir with a migrated database file; `cleanup` closes and deletes it. */
export function tempDb(): { dir: string; db: FestplatzDb; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-server-'));
  const db = openDatabase({ file: join(dir, 'festplatz.db') });
  return {
    dir,
    db,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Extracts the most recent sign-in link from captured outbox log lines. */
export function lastLink(log: string[]): string {
  const links = log.join('\n').match(/https?:\/\/\S+\/auth\/callback\?token=\S+/g);
  if (!links) throw new Error(`no sign-in link in the log:\n${log.join('\n')}`);
  return links.at(-1) as string;
}

/** An in-memory app over a seeded temp database, with a movable clock and a captured outbox log. */
export function seededApp() {
  const { dir, db, cleanup } = tempDb();
  const clock = { now: FIXED_NOW };
  seedDemo(db, { now: FIXED_NOW });
  const log: string[] = [];
  const errors: unknown[] = [];
  const mail = new OutboxMailTransport(join(dir, 'outbox'), (line) => log.push(line));
  const app = createApp({
    db,
    mail,
    baseUrl: BASE_URL,
    now: () => clock.now,
    logError: (_message, error) => errors.push(error),
    assetDirs: { kernDist: null, formRuntimeDist: null, builderUiDist: null },
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
    const cookie = callback.headers.get('set-cookie')?.match(/festplatz_session=[^;]+/)?.[0];
    if (!cookie) throw new Error('callback set no session cookie');
    return cookie;
  }

  /** JSON request helper with optional cookie and language. */
  function json(
    path: string,
    init: { method?: string; body?: unknown; cookie?: string; lang?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.cookie) headers.Cookie = init.cookie;
    if (init.lang) headers['Accept-Language'] = init.lang;
    return app.request(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  }

  return { app, db, dir, clock, log, errors, signIn, json, cleanup };
}

/** Counts rows of a table straight from SQLite (to prove that nothing was stored). */
export function countRows(db: FestplatzDb, table: 'applications' | 'application_events'): number {
  return (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A seeded app in which erika@example.org has submitted the sample ride application; staff are signed in. */
export async function seededAppWithSubmission() {
  const ctx = seededApp();
  const applicant = await ctx.signIn('erika@example.org');
  const res = await ctx.json('/api/v1/me/applications', {
    method: 'POST',
    cookie: applicant,
    body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
  });
  const { id } = (await res.json()) as { id: string };
  return { ctx, applicant, id, staff: await ctx.signIn(STAFF_EMAIL) };
}
