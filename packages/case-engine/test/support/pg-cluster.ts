import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

// A throw-away PostgreSQL cluster for tests: initdb into a temp dir, pg_ctl start on a free port of 127.0.0.1
// (plus a Unix socket in the same dir), stop and delete afterwards. No running server or credentials needed,
// only the binaries of the Debian package `postgresql`.

const run = promisify(execFile);
const BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;

/** Where the PostgreSQL binaries are, or why they are not usable. */
export type PgAvailability = { ok: true; binDir: string } | { ok: false; reason: string };

/** Hint printed when the binaries are missing. */
export const PG_INSTALL_HINT =
  'PostgreSQL tests need initdb, pg_ctl and postgres: install them with `apt-get install -y postgresql` ' +
  '(Debian puts them in /usr/lib/postgresql/<major>/bin) or point FESTPLATZ_PG_BIN at their folder.';

/** Where {@link pgAvailability} looks; parameters so that tests can point it at fake folders. */
export interface PgSearch {
  env?: NodeJS.ProcessEnv;
  /** Debian's layout: `<debianRoot>/<major>/bin`. */
  debianRoot?: string;
}

/** Finds the binaries: $FESTPLATZ_PG_BIN (`off` = pretend missing), then /usr/lib/postgresql/<newest>/bin, then `initdb` on PATH. */
export function pgAvailability(search: PgSearch = {}): PgAvailability {
  const env = search.env ?? process.env;
  const debian = search.debianRoot ?? '/usr/lib/postgresql';
  // `off` skips the PostgreSQL tests for a quick local loop (under CI=true they then fail, as they should).
  if (env.FESTPLATZ_PG_BIN === 'off') return { ok: false, reason: 'disabled by FESTPLATZ_PG_BIN=off' };
  const candidates: string[] = [];
  if (env.FESTPLATZ_PG_BIN) candidates.push(env.FESTPLATZ_PG_BIN);
  if (existsSync(debian)) {
    const majors = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...majors.map((v) => join(debian, v, 'bin')));
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const initdb = join(dir, 'initdb');
    // A symlink like /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb: use the real folder.
    if (existsSync(initdb)) candidates.push(dirname(realpathSync(initdb)));
  }
  const binDir = candidates.find((dir) => BINARIES.every((b) => existsSync(join(dir, b))));
  if (binDir) {
    if (isRoot() && !postgresUser()) {
      return { ok: false, reason: 'running as root but there is no `postgres` system user to run initdb as' };
    }
    return { ok: true, binDir };
  }
  return { ok: false, reason: `initdb/pg_ctl/postgres not found. ${PG_INSTALL_HINT}` };
}

/** A running throw-away cluster. */
export interface PgCluster {
  /** URL of the database `festplatz` (empty, not migrated). */
  url: string;
  /** URL of any database of the cluster, e.g. `urlOf('t1')`. */
  urlOf(database: string): string;
  /** Creates a database, optionally as a copy of `template` (which must have no open connections). */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Milliseconds that initdb + start + CREATE DATABASE took. */
  startMs: number;
  /** Stops the server at once (no checkpoint: the data is thrown away) and deletes the directory. */
  stop(): Promise<void>;
}

/** Starts a fresh cluster; call `stop()` in `afterAll`. Throws when the binaries are missing. */
export async function startPgCluster(): Promise<PgCluster> {
  const started = performance.now();
  const available = pgAvailability();
  if (!available.ok) throw new Error(available.reason);
  const bin = (name: string) => join(available.binDir, name);
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-pg-'));
  const data = join(dir, 'data');
  const owner = isRoot() ? postgresUser() : null;
  // initdb and postgres refuse to run as root, so under root (CI containers) they run as `postgres`.
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const exec = (file: string, args: string[]) =>
    owner
      ? run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: dir })
      : run(file, args, { cwd: dir });

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      const args = ['stop', '-D', data, '-m', 'immediate', '-w'];
      if (owner)
        execFileSync('runuser', ['-u', 'postgres', '--', bin('pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(bin('pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // Not running (start failed or already gone): nothing to stop, the directory is removed below anyway.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed or interrupted test run must not leave postgres processes behind.
  process.once('exit', stopNow);

  try {
    await exec(bin('initdb'), [
      ...['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C'],
      ...['--no-sync', '--no-instructions'],
    ]);
    const port = await startOnFreePort(exec, bin('pg_ctl'), data, dir);
    const urlOf = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
    const createDatabase = async (name: string, template?: string) => {
      const admin = new pg.Client({ connectionString: urlOf('postgres') });
      await admin.connect();
      try {
        const from = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
        await withTemplateRetry(() => admin.query(`CREATE DATABASE ${quoteIdent(name)}${from}`));
      } finally {
        await admin.end();
      }
      return urlOf(name);
    };
    const url = await createDatabase('festplatz');
    return {
      url,
      urlOf,
      createDatabase,
      startMs: Math.round(performance.now() - started),
      stop: async () => {
        process.removeListener('exit', stopNow);
        stopNow();
      },
    };
  } catch (error) {
    process.removeListener('exit', stopNow);
    stopNow();
    throw error;
  }
}

type Exec = (file: string, args: string[]) => Promise<unknown>;

// The port is free when we look, but another process may take it before postgres binds; try a few.
async function startOnFreePort(exec: Exec, pgCtl: string, data: string, dir: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    // Durability settings are off: the cluster lives for one test file and is deleted afterwards.
    const options = [
      `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1`,
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    ].join(' ');
    try {
      await exec(pgCtl, [
        'start',
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '30',
        '-o',
        options,
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`pg_ctl start failed 3 times; see ${join(dir, 'server.log')}`, { cause: lastError });
}

// A backend of a just-closed pool may still be exiting when CREATE DATABASE ... TEMPLATE runs, which then
// fails with 55006 "source database is being accessed by other users"; it is gone a few milliseconds later.
async function withTemplateRetry<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

let postgresIds: { uid: number; gid: number } | null | undefined;
function postgresUser(): { uid: number; gid: number } | null {
  if (postgresIds === undefined) {
    try {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
      postgresIds = { uid: id('-u'), gid: id('-g') };
    } catch {
      postgresIds = null;
    }
  }
  return postgresIds;
}
