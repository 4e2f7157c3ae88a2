import { expect, it } from 'vitest';
import { describeWithPg } from '../../test/support/describe-pg.ts';
import { type FestplatzPgDb, openPgDatabase } from '../pg/db.ts';
import { pgRepository } from '../repository/pg-repository.ts';
import { testBundle, testEdition, validData } from '../testing/fixtures.ts';

// Optimistic concurrency on PostgreSQL with two real connections (two pools, as two server instances would
// have): two writers that both read version n and both `UPDATE applications ... WHERE version = n` get
// exactly one success; the loser sees 0 rows and can answer CONFLICT. The command-level test comes with the
// async commands.

async function seedCase(db: FestplatzPgDb): Promise<string> {
  const repo = pgRepository(db);
  await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  const { hash } = await repo.publishEventType('soest', testBundle());
  await repo.saveEdition('soest', testEdition());
  const applicant = await repo.ensureUser('anna@example.org');
  const id = crypto.randomUUID();
  await repo.insertCase({
    id,
    tenantId: 'soest',
    editionId: testEdition().id,
    applicantId: applicant.id,
    state: 'submitted',
    snapshot: { value: 'submitted' },
    data: validData(),
    applicantName: 'Anna Schausteller',
    companyName: null,
    categoryId: 'fahr_erw',
    lifecycle: 'event-application@1',
    eventTypeHash: hash,
    submittedAt: new Date(),
    version: 2,
    now: new Date(),
  });
  return id;
}

describeWithPg('optimistic version check on PostgreSQL (two connections)', (cluster) => {
  it('the second of two interleaved UPDATE ... WHERE version = 2 updates 0 rows', async () => {
    const [a, b] = await Promise.all([
      openPgDatabase({ url: cluster().url }),
      openPgDatabase({ url: cluster().url }),
    ]);
    const first = await a.pool.connect();
    const second = await b.pool.connect();
    try {
      const id = await seedCase(a);
      const update = `UPDATE applications SET state = $2, version = version + 1 WHERE id = $1 AND version = 2`;
      const secondPid = (await second.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
      await first.query('BEGIN');
      await second.query('BEGIN');
      expect((await first.query(update, [id, 'in_review'])).rowCount).toBe(1);
      // The second writer blocks on the row lock held by the first; start it, then let the first commit.
      const pending = second.query(update, [id, 'rejected']);
      await waitUntilBlocked(a, secondPid);
      await first.query('COMMIT');
      // READ COMMITTED re-evaluates WHERE on the committed row: version is now 3, so nothing matches.
      expect((await pending).rowCount).toBe(0);
      await second.query('COMMIT');
      const row = await b.pool.query('SELECT state, version FROM applications WHERE id = $1', [id]);
      expect(row.rows).toEqual([{ state: 'in_review', version: 3 }]);
    } finally {
      first.release();
      second.release();
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('repositories on two pools racing updateCase at the same version: exactly one wins', async () => {
    const [a, b] = await Promise.all([
      openPgDatabase({ url: cluster().url }),
      openPgDatabase({ url: cluster().url }),
    ]);
    try {
      const id = await seedCase(a);
      for (let expectedVersion = 2; expectedVersion < 12; expectedVersion++) {
        const change = (state: string) => ({
          id,
          expectedVersion,
          state,
          snapshot: { value: state },
          now: new Date(),
        });
        const results = await Promise.all([
          pgRepository(a).updateCase(change('from_a')),
          pgRepository(b).updateCase(change('from_b')),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
      }
      expect(await pgRepository(b).loadCase('soest', id)).toMatchObject({ version: 12 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

// Polls pg_stat_activity until the other connection waits for a lock, so the test's interleaving is real
// rather than a hoped-for timing.
async function waitUntilBlocked(observer: FestplatzPgDb, pid: number | undefined): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await observer.pool.query(
      "SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'",
      [pid],
    );
    if (rows.length === 1) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`connection ${pid} never waited for the row lock`);
}
