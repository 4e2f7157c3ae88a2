// Where the case-engine benchmark stores its data: a fresh SQLite file per run, or a fresh PostgreSQL
// database per run on the server of `--pg <url>` / BENCH_DATABASE_URL (the URL's role needs CREATEDB).
import { join } from 'node:path';
import { type OpenedRepository, openRepository } from '@festplatz/case-engine';
import pg from 'pg';

/** Opens a fresh, migrated database per call; `label` names the dialect in the report. */
export interface BenchDatabases {
  label: string;
  open(): Promise<OpenedRepository>;
}

/** The PostgreSQL URL from `--pg <url>` or BENCH_DATABASE_URL; undefined: SQLite. */
export function pgUrlFrom(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const flag = args.indexOf('--pg');
  if (flag >= 0) {
    const url = args[flag + 1];
    if (!url) throw new Error('--pg needs a URL, e.g. --pg postgresql://festplatz@127.0.0.1:5432/festplatz');
    return url;
  }
  return env.BENCH_DATABASE_URL || undefined;
}

let opened = 0;

/** A fresh SQLite file in the benchmark's temp folder per run (WAL, synchronous=FULL, as in production). */
export function sqliteDatabases(dir: string): BenchDatabases {
  return {
    label: 'SQLite',
    open: () => openRepository({ file: join(dir, `bench-${opened++}.db`) }),
  };
}

/**
 * A fresh database per run on the server of `url` (created from template0, dropped on close), so every run
 * starts empty and verification counts only its own events.
 */
export function postgresDatabases(url: string): BenchDatabases {
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    label: 'PostgreSQL',
    async open() {
      const name = `festplatz_bench_${process.pid}_${opened++}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
      const runUrl = new URL(url);
      runUrl.pathname = `/${name}`;
      const { repository, close } = await openRepository({ databaseUrl: runUrl.toString(), file: '' });
      return {
        repository,
        async close() {
          await close();
          await admin((client) => client.query(`DROP DATABASE "${name}"`));
        },
      };
    },
  };
}
