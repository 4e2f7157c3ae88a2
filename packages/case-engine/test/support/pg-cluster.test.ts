import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pgAvailability } from './pg-cluster.ts';

const dirs: string[] = [];
function fakeRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-pgbin-'));
  dirs.push(dir);
  return dir;
}
function fakeBin(dir: string, names = ['initdb', 'pg_ctl', 'postgres']): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, name), '');
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// How the suite decides whether PostgreSQL tests can run (they skip locally and fail under CI otherwise).
describe('pgAvailability', () => {
  it('reports missing binaries with the apt-get hint', () => {
    const root = fakeRoot();
    const found = pgAvailability({
      env: { PATH: fakeBin(join(root, 'only-initdb'), ['initdb']) },
      debianRoot: root,
    });
    expect(found).toEqual({ ok: false, reason: expect.stringContaining('apt-get install -y postgresql') });
  });

  it("prefers the newest Debian major and follows a PATH symlink to the binaries' real folder", () => {
    const root = fakeRoot();
    fakeBin(join(root, '14', 'bin'));
    const newest = fakeBin(join(root, '15', 'bin'));
    expect(pgAvailability({ env: { PATH: '' }, debianRoot: root })).toMatchObject({
      ok: true,
      binDir: newest,
    });

    const elsewhere = fakeBin(join(root, 'opt', 'pg', 'bin'));
    const onPath = join(root, 'usr-local-bin');
    mkdirSync(onPath);
    symlinkSync(join(elsewhere, 'initdb'), join(onPath, 'initdb'));
    const viaPath = pgAvailability({ env: { PATH: onPath }, debianRoot: join(root, 'none') });
    expect(viaPath).toMatchObject({ ok: true, binDir: elsewhere });
  });

  it('takes FESTPLATZ_PG_BIN first', () => {
    const root = fakeRoot();
    fakeBin(join(root, '15', 'bin'));
    const chosen = fakeBin(join(root, 'custom'));
    const found = pgAvailability({ env: { PATH: '', FESTPLATZ_PG_BIN: chosen }, debianRoot: root });
    expect(found).toMatchObject({ ok: true, binDir: chosen });
  });

  it('FESTPLATZ_PG_BIN=off pretends they are missing', () => {
    const root = fakeRoot();
    fakeBin(join(root, '15', 'bin'));
    expect(pgAvailability({ env: { FESTPLATZ_PG_BIN: 'off' }, debianRoot: root })).toMatchObject({
      ok: false,
    });
  });
});
