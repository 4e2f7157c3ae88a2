import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureUser, openDatabase, submitApplication } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, FIXED_NOW, tempDb } from '../../test/support.ts';
import { seedDemo } from '../demo/seed.ts';
import type { CliIo } from './io.ts';
import { runCli } from './main.ts';

let env: ReturnType<typeof tempDb>;
afterEach(() => env.cleanup());

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('festplatz serve and the outbox', () => {
  it('delivers a receipt committed before the start (as after a crash) and stops the dispatcher on shutdown', async () => {
    env = tempDb();
    seedDemo(env.db, { now: FIXED_NOW });
    const submitted = submitApplication(env.db, {
      editionId: EDITION_ID,
      applicantId: ensureUser(env.db, 'erika@example.org').id,
      data: exampleJson('samples/ride-application.json'),
      now: FIXED_NOW,
    });
    if (!submitted.ok) throw new Error('setup: submit failed');
    const id = submitted.value.id;

    let stop = () => {};
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { PORT: '0', HOST: '127.0.0.1', FESTPLATZ_DATA_DIR: env.dir, FESTPLATZ_OUTBOX_INTERVAL_MS: '20' },
      stopSignal: new Promise((resolve) => {
        stop = resolve;
      }),
    };
    const running = runCli(['serve'], io);
    const mailDir = join(env.dir, 'outbox');
    // Marked delivered only after the transport has written the .eml completely.
    const status = env.db.sqlite.prepare('SELECT status FROM outbox').pluck();
    await waitFor(() => (status.get() === 'delivered' ? true : undefined));
    const eml = readdirSync(mailDir)[0] as string;
    // Quoted-printable soft line breaks may split the id; undo them before searching.
    const text = readFileSync(join(mailDir, eml), 'utf8').replace(/=\r?\n/g, '');
    expect(text).toContain(id);
    expect(text.toLowerCase()).toContain('to: erika@example.org');
    expect(text).toContain(`Message-ID: <receipt-${id}@127.0.0.1>`);
    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([]);

    const reopened = openDatabase({ file: join(env.dir, 'festplatz.db') });
    try {
      expect(reopened.sqlite.prepare('SELECT status, attempts FROM outbox').all()).toEqual([
        { status: 'delivered', attempts: 1 },
      ]);
    } finally {
      reopened.close();
    }
    expect(readdirSync(mailDir)).toHaveLength(1);
  }, 30_000);
});
