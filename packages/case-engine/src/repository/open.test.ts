import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeWithPg } from '../../test/support/describe-pg.ts';
import { openRepository } from './open.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-open-'));
  dirs.push(dir);
  return join(dir, 'festplatz.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openRepository', () => {
  it('opens the SQLite file when there is no DATABASE_URL (unset or blank)', async () => {
    for (const databaseUrl of [undefined, '', '  ']) {
      const file = tempFile();
      const { repository, close } = await openRepository({ databaseUrl, file });
      expect(repository.dialect).toBe('sqlite');
      expect(await repository.findUserById('nobody')).toBeNull();
      await close();
      expect(existsSync(file)).toBe(true);
    }
  });

  it('refuses another scheme, naming DATABASE_URL and the choices but not the rest of the URL', async () => {
    const file = tempFile();
    const opening = openRepository({ databaseUrl: 'mysql://festplatz:s3cret@db/festplatz', file });
    await expect(opening).rejects.toThrow(/^DATABASE_URL: unsupported scheme 'mysql:\/\/'.*postgres:\/\//);
    await expect(opening).rejects.not.toThrow(/s3cret/);
    await expect(openRepository({ databaseUrl: '/var/lib/festplatz.db', file })).rejects.toThrow(
      /DATABASE_URL: unsupported scheme \(none\)/,
    );
    expect(existsSync(file)).toBe(false);
  });
});

describeWithPg('openRepository on PostgreSQL', (cluster) => {
  it('opens (and migrates) PostgreSQL for postgres:// and postgresql:// URLs', async () => {
    const url = await cluster().createDatabase('opened');
    for (const databaseUrl of [url, url.replace(/^postgresql:/, 'postgres:')]) {
      const { repository, close } = await openRepository({ databaseUrl, file: tempFile() });
      expect(repository.dialect).toBe('postgresql');
      expect(await repository.verifyAuditChains()).toEqual({ ok: true, cases: 0, events: 0, broken: [] });
      await close();
    }
  });
});
