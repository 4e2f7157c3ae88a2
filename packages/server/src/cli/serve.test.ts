import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIo, FIXED_NOW, submitSample, tempDb, waitFor } from '../../test/support.ts';
import { seedDemo } from '../demo/seed.ts';
import { runCli } from './main.ts';

let env: ReturnType<typeof tempDb>;
afterEach(() => env.cleanup());

describe('festplatz serve and the outbox', () => {
  it('delivers a receipt committed before the start (as after a crash) and stops the dispatcher on shutdown', async () => {
    env = tempDb();
    await seedDemo(env.repo, { now: FIXED_NOW });
    const id = await submitSample(env.repo, 'erika@example.org');

    const { io, out, err, stop } = captureIo({
      PORT: '0',
      HOST: '127.0.0.1',
      FESTPLATZ_DATA_DIR: env.dir,
      FESTPLATZ_OUTBOX_INTERVAL_MS: '20',
    });
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
    expect(out[0]).toBe(`Datenbank: SQLite ${join(env.dir, 'festplatz.db')}`);

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

  it('warns once at start when the public base URL is plain http on a non-local host', async () => {
    env = tempDb();
    const { io, out, err, stop } = captureIo({
      PORT: '0',
      HOST: '127.0.0.1',
      FESTPLATZ_DATA_DIR: env.dir,
      FESTPLATZ_BASE_URL: 'http://festplatz.example',
    });
    const running = runCli(['serve'], io);
    await waitFor(() => out.find((line) => line.startsWith('Festplatz läuft auf')));
    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([
      'Warnung: Die öffentliche Adresse http://festplatz.example nutzt kein https; das Sitzungs-Cookie wird ohne Secure gesetzt. Setzen Sie FESTPLATZ_BASE_URL auf die https-Adresse.',
    ]);
  }, 30_000);
});
