import { afterAll, beforeAll, describe, it } from 'vitest';
import { type PgCluster, pgAvailability, startPgCluster } from './pg-cluster.ts';

/**
 * A describe block that owns one throw-away PostgreSQL cluster (started in beforeAll, stopped in afterAll).
 * Without the binaries it is skipped with a hint how to install them, except under CI=true, where a missing
 * PostgreSQL is a failure: the issue requires the PostgreSQL suite to run in CI, never to skip silently.
 */
export function describeWithPg(name: string, body: (cluster: () => PgCluster) => void): void {
  const available = pgAvailability();
  if (!available.ok) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('finds the PostgreSQL binaries (required under CI=true)', () => {
          throw new Error(available.reason);
        });
      });
      return;
    }
    console.warn(`[festplatz] skipping "${name}": ${available.reason}`);
    describe.skip(name, () => body(() => notStarted(name)));
    return;
  }
  describe(name, () => {
    let cluster: PgCluster | undefined;
    beforeAll(async () => {
      cluster = await startPgCluster();
    }, 60_000);
    afterAll(async () => {
      await cluster?.stop();
    });
    body(() => cluster ?? notStarted(name));
  });
}

function notStarted(name: string): never {
  throw new Error(`${name}: the PostgreSQL cluster is not running (use it inside tests or hooks only)`);
}
