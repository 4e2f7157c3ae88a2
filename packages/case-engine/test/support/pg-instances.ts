import type { EventType } from '@festplatz/core';
import { afterAll, beforeAll } from 'vitest';
import { type FestplatzPgDb, openPgDatabase } from '../../src/pg/db.ts';
import { pgRepository } from '../../src/repository/pg-repository.ts';
import type { Repository } from '../../src/repository/types.ts';
import { type ContractWorld, seedWorld } from '../contract/harness.ts';
import type { PgCluster } from './pg-cluster.ts';

/** One server instance's view of the database: its own pool (connections) and the repository over it. */
export interface PgInstance {
  db: FestplatzPgDb;
  repo: Repository;
}

/** Two server instances on one database, and the contract world seeded through the first. */
export interface TwoInstances {
  a: PgInstance;
  b: PgInstance;
  world: ContractWorld;
}

/**
 * Inside a `describeWithPg` body: before its tests, opens two instances on the cluster's database (separate
 * pools, as two processes of a shared portal have) and seeds the world with `bundle`; closes both after.
 */
export function twoInstances(cluster: () => PgCluster, bundle: EventType): () => TwoInstances {
  let opened: TwoInstances | undefined;
  beforeAll(async () => {
    const [dbA, dbB] = await Promise.all([
      openPgDatabase({ url: cluster().url }),
      openPgDatabase({ url: cluster().url }),
    ]);
    const a = { db: dbA, repo: pgRepository(dbA) };
    opened = { a, b: { db: dbB, repo: pgRepository(dbB) }, world: await seedWorld(a.repo, bundle) };
  });
  afterAll(async () => {
    await Promise.all([opened?.a.db.close(), opened?.b.db.close()]);
  });
  return () => {
    if (!opened) throw new Error('twoInstances: only available inside tests, after beforeAll');
    return opened;
  };
}
