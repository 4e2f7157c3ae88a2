import { expect, it } from 'vitest';
import {
  type ApplicationRecord,
  type CaseCommand,
  type CommandResult,
  startReview,
  submitApplication,
  withdraw,
} from '../src/index.ts';
import type { FestplatzPgDb } from '../src/pg/db.ts';
import { DURING_PERIOD, testBundle, validData } from '../src/testing/fixtures.ts';
import { describeWithPg } from './support/describe-pg.ts';
import { twoInstances } from './support/pg-instances.ts';

// Optimistic concurrency through the real commands on PostgreSQL, from two server instances (two pools): two
// different commands on one case, both decided on the same version, give exactly one applied change and one
// CONFLICT, and the case ends with one more version and one more log entry (no lost update, no forked chain).

const CONFLICT = { ok: false, error: { code: 'CONFLICT', version: 3 } };

describeWithPg('commands racing on one case from two server instances (PostgreSQL)', (cluster) => {
  // event-application@2: WITHDRAW is allowed from submitted (and notifies the applicant).
  const instances = twoInstances(
    cluster,
    testBundle({ lifecycle: { template: 'event-application', version: 2, options: {} } }),
  );

  async function submittedCase(): Promise<string> {
    const { a, world } = instances();
    const submitted = await submitApplication(a.repo, {
      editionId: world.editionId,
      applicantId: world.applicant.id,
      data: validData(),
      now: DURING_PERIOD,
    });
    if (!submitted.ok) throw new Error(`setup: submit failed: ${submitted.error.code}`);
    return submitted.value.id;
  }

  const command = (applicationId: string, extra: Partial<CaseCommand> = {}): CaseCommand => ({
    tenantId: 'soest',
    applicationId,
    actorId: instances().world.clerk.id,
    now: DURING_PERIOD,
    ...extra,
  });

  // The winner's change is all there is: version 3, created + submitted + its log entry, and only its outbox
  // row (WITHDRAW notifies the applicant, START_REVIEW sends nothing).
  async function expectOnlyWinnerWritten(
    id: string,
    review: CommandResult<ApplicationRecord>,
    withdrawal: CommandResult<ApplicationRecord>,
  ): Promise<void> {
    const { a, b } = instances();
    const [won, lost] = review.ok ? [review, withdrawal] : [withdrawal, review];
    expect(lost).toEqual(CONFLICT);
    expect(won).toMatchObject({ ok: true, value: { version: 3 } });
    const [state, logType, handlers] = review.ok
      ? ['in_review', 'review_started', ['mail.receipt']]
      : ['withdrawn', 'withdraw', ['lifecycle.notifyApplicant', 'mail.receipt']];
    expect(await b.repo.loadCase('soest', id)).toMatchObject({ state, version: 3 });
    expect((await b.repo.applicationEvents(id)).map((e) => e.type)).toEqual([
      'created',
      'submitted',
      logType,
    ]);
    const outbox = await a.db.pool.query(
      'SELECT handler FROM outbox WHERE application_id = $1 ORDER BY handler',
      [id],
    );
    expect(outbox.rows.map((r) => r.handler)).toEqual(handlers);
  }

  it('both read version 2 and both try to write it: one applies, the other is a CONFLICT', async () => {
    const { a, b } = instances();
    const id = await submittedCase();
    // A third connection holds the case row, so both commands read version 2 and then queue at their
    // UPDATE ... WHERE version = 2: the interleaving is certain, not a hoped-for timing. When it lets go, the
    // first UPDATE commits version 3 and the second, re-checked under READ COMMITTED, matches no row.
    const holder = await a.db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM applications WHERE id = $1 FOR UPDATE', [id]);
      const race = Promise.all([startReview(a.repo, command(id)), withdraw(b.repo, command(id))]);
      await waitForLockWaiters(a.db, 2);
      await holder.query('COMMIT');
      const [review, withdrawal] = await race;
      await expectOnlyWinnerWritten(id, review, withdrawal);
    } finally {
      holder.release();
    }
  });

  it('20 free races on fresh cases, each command sending the version it saw: always one wins', async () => {
    const { a, b } = instances();
    for (let round = 0; round < 20; round++) {
      const id = await submittedCase();
      const [review, withdrawal] = await Promise.all([
        startReview(a.repo, command(id, { expectedVersion: 2 })),
        withdraw(b.repo, command(id, { expectedVersion: 2 })),
      ]);
      await expectOnlyWinnerWritten(id, review, withdrawal);
    }
    expect(await a.repo.verifyAuditChains()).toMatchObject({ ok: true, broken: [] });
  }, 30_000);
});

// Polls until `count` backends of this database wait for a lock (here: the two queued UPDATEs).
async function waitForLockWaiters(observer: FestplatzPgDb, count: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { rows } = await observer.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`fewer than ${count} connections ever waited for the case row lock`);
}
