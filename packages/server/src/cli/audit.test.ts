// Must-show 2 of issue 4: editing one stored event makes `festplatz audit verify` exit non-zero, naming the
// application and the event. The attacker has write access to the SQLite file, so they first drop the
// append-only triggers and then edit the row, exactly as someone with a sqlite3 shell could.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FestplatzDb } from '@festplatz/case-engine';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../../../scripts/bundle-node.mjs';
import { captureIo, FIXED_NOW, submitSample, tempDb } from '../../test/support.ts';
import { seedDemo } from '../demo/seed.ts';
import { runCli } from './main.ts';

let env: ReturnType<typeof tempDb>;
let caseIds: string[];

function tamperPayloadOf(db: FestplatzDb, applicationId: string, seq: number): void {
  db.sqlite.exec('DROP TRIGGER application_events_no_update; DROP TRIGGER application_events_no_delete;');
  db.sqlite
    .prepare(
      "UPDATE application_events SET payload = json_set(payload, '$.dataHash', 'forged') WHERE application_id = ? AND seq = ?",
    )
    .run(applicationId, seq);
}

afterEach(() => env.cleanup());

describe('festplatz audit verify', () => {
  async function setup() {
    env = tempDb();
    await seedDemo(env.repo, { now: FIXED_NOW });
    caseIds = [
      await submitSample(env.repo, 'erika@example.org'),
      await submitSample(env.repo, 'max@example.org'),
    ];
    return { FESTPLATZ_DATA_DIR: env.dir };
  }

  it('exits 0 and says so when every chain is intact', async () => {
    const vars = await setup();
    const { io, out } = captureIo(vars);
    expect(await runCli(['audit', 'verify'], io)).toBe(0);
    expect(out).toEqual([
      `Datenbank: SQLite ${join(env.dir, 'festplatz.db')}`,
      'Prüfprotokoll unverändert: 2 Bewerbungen mit 4 Ereignissen geprüft, keine Manipulation gefunden.',
    ]);
  });

  it('exits 1 after one stored event was edited, naming that application and event (de, en, json)', async () => {
    const vars = await setup();
    const target = caseIds[1] as string;
    tamperPayloadOf(env.db, target, 2);

    const de = captureIo(vars);
    expect(await runCli(['audit', 'verify'], de.io)).toBe(1);
    expect(de.out).toEqual([
      `Datenbank: SQLite ${join(env.dir, 'festplatz.db')}`,
      'Prüfprotokoll VERÄNDERT: bei 1 von 2 Bewerbungen stimmt die Ereigniskette nicht.',
      `  Bewerbung ${target}, Ereignis Nr. 2: Der Inhalt des Ereignisses wurde nachträglich verändert (Prüfsumme passt nicht).`,
    ]);

    const en = captureIo({ ...vars, FESTPLATZ_LANG: 'en' });
    expect(await runCli(['audit', 'verify'], en.io)).toBe(1);
    expect(en.out[2]).toBe(
      `  Application ${target}, event no. 2: The event's content was changed after it was recorded (checksum does not match).`,
    );

    const json = captureIo(vars);
    expect(await runCli(['audit', 'verify', '--json', '--lang', 'en'], json.io)).toBe(1);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      database: join(env.dir, 'festplatz.db'),
      ok: false,
      cases: 2,
      events: 4,
      broken: [{ applicationId: target, seq: 2, reason: 'hash_mismatch', message: expect.any(String) }],
    });
  });

  it('names a deleted event as a gap in the sequence', async () => {
    const vars = await setup();
    const target = caseIds[0] as string;
    env.db.sqlite.exec('DROP TRIGGER application_events_no_delete;');
    env.db.sqlite.prepare('DELETE FROM application_events WHERE application_id = ? AND seq = 1').run(target);
    const { io, out } = captureIo(vars);
    expect(await runCli(['audit', 'verify'], io)).toBe(1);
    expect(out[2]).toBe(
      `  Bewerbung ${target}, Ereignis Nr. 2: Lücke in der Ereignisfolge: Ereignis Nr. 1 fehlt.`,
    );
  });

  it('exits 2 on usage errors and when there is no database (it never creates one)', async () => {
    const vars = await setup();
    for (const args of [
      ['audit'],
      ['audit', 'check'],
      ['audit', 'verify', '--bogus'],
      ['audit', 'verify', '--lang', 'fr'],
    ]) {
      const { io, err } = captureIo(vars);
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(err.join('\n')).toContain('festplatz audit verify');
    }
    const missing = join(env.dir, 'nowhere');
    const { io, err } = captureIo({ FESTPLATZ_DATA_DIR: missing });
    expect(await runCli(['audit', 'verify'], io)).toBe(2);
    expect(err.join('\n')).toContain('Keine Datenbank gefunden');
    expect(existsSync(missing)).toBe(false);
  });
});

describe('festplatz audit verify as a real process (bundled CLI)', () => {
  const outDir = join(import.meta.dirname, '..', '..', '.vitest-tmp');
  const cli = join(outDir, `cli-audit-${process.pid}.mjs`);
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    // The same bundling as scripts/build.mjs uses for dist/cli.js, without building the UI bundles.
    await bundleForNode({ entry: join(import.meta.dirname, '..', 'cli.ts'), outfile: cli });
  }, 60_000);
  afterAll(() => rmSync(cli, { force: true }));

  it('exits 1 and prints the tampered application and event', { timeout: 30_000 }, async () => {
    env = tempDb();
    await seedDemo(env.repo, { now: FIXED_NOW });
    const target = await submitSample(env.repo, 'erika@example.org');
    const run = () =>
      spawnSync(process.execPath, [cli, 'audit', 'verify', '--lang', 'en'], {
        env: { ...process.env, FESTPLATZ_DATA_DIR: env.dir },
        encoding: 'utf8',
      });
    const intact = run();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain('Audit trail unchanged: 1 application with 2 events checked');
    tamperPayloadOf(env.db, target, 2);
    const broken = run();
    expect(broken.status, broken.stderr).toBe(1);
    expect(broken.stdout).toContain(`Application ${target}, event no. 2:`);
  });
});
