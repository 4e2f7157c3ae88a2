import { beforeEach, describe, expect, it } from 'vitest';
import { startReview } from '../applications/start-review.ts';
import { ok, submitValid } from '../testing/commands.ts';
import { DURING_PERIOD } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { eventHash, GENESIS_HASH } from './event-hash.ts';

let t: TempDb;
let s: Seeded;
let first: string;
let second: string;

seededDbPerTest((world) => ({ t, s } = world));
beforeEach(async () => {
  first = (await submitValid(t.repo, s)).id;
  second = (await submitValid(t.repo, s, { applicantId: s.otherApplicant.id })).id;
  await ok(
    startReview(t.repo, { tenantId: 'soest', applicationId: first, actorId: s.clerk.id, now: DURING_PERIOD }),
  );
});

// What an attacker with write access to the file does first: the append-only triggers stand in the way.
function dropAppendOnlyTriggers(): void {
  t.db.sqlite.exec('DROP TRIGGER application_events_no_update; DROP TRIGGER application_events_no_delete;');
}

function storedHashes(applicationId: string): { seq: number; prev_hash: string; hash: string }[] {
  return t.db.sqlite
    .prepare('SELECT seq, prev_hash, hash FROM application_events WHERE application_id = ? ORDER BY seq')
    .all(applicationId) as { seq: number; prev_hash: string; hash: string }[];
}

describe('verifyAuditChains (SEC-6)', () => {
  it('finds every chain intact after ordinary commands; each event links to its predecessor', async () => {
    expect(await t.repo.verifyAuditChains()).toEqual({ ok: true, cases: 2, events: 5, broken: [] });
    const rows = storedHashes(first);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
  });

  it('names the case and event whose payload was edited (hash_mismatch); the other case stays intact', async () => {
    dropAppendOnlyTriggers();
    t.db.sqlite
      .prepare(
        `UPDATE application_events SET payload = json_set(payload, '$.to', 'admitted') WHERE application_id = ? AND seq = 2`,
      )
      .run(first);
    expect((await t.repo.applicationEvents(first))[1]?.payload).toMatchObject({ to: 'admitted' });
    expect(await t.repo.verifyAuditChains()).toEqual({
      ok: false,
      cases: 2,
      events: 5,
      broken: [{ applicationId: first, seq: 2, reason: 'hash_mismatch' }],
    });
  });

  it('catches a forger who also recomputes the edited hash, at the next event (prev_hash_mismatch)', async () => {
    dropAppendOnlyTriggers();
    const event = (await t.repo.applicationEvents(first))[1];
    const row = storedHashes(first)[1];
    if (!event || !row) throw new Error('setup: event missing');
    // Erase who submitted, then re-seal the row so that its own hash is consistent again.
    const forged = eventHash({
      applicationId: first,
      ...event,
      actorId: null,
      lifecycle: 'event-application@1',
      prevHash: row.prev_hash,
    });
    t.db.sqlite
      .prepare('UPDATE application_events SET actor_id = NULL, hash = ? WHERE application_id = ? AND seq = 2')
      .run(forged, first);
    expect((await t.repo.verifyAuditChains()).broken).toEqual([
      { applicationId: first, seq: 3, reason: 'prev_hash_mismatch' },
    ]);
  });

  it('reports a deleted event as seq_gap', async () => {
    dropAppendOnlyTriggers();
    t.db.sqlite.prepare('DELETE FROM application_events WHERE application_id = ? AND seq = 1').run(second);
    expect((await t.repo.verifyAuditChains()).broken).toEqual([
      { applicationId: second, seq: 2, reason: 'seq_gap', expectedSeq: 1 },
    ]);
  });

  it('still refuses UPDATE of a sealed event and INSERT of an unsealed one while the triggers are in place', async () => {
    expect(() =>
      t.db.sqlite.prepare("UPDATE application_events SET hash = 'x' WHERE application_id = ?").run(first),
    ).toThrow(/append-only/);
    expect(() =>
      t.db.sqlite
        .prepare(
          `INSERT INTO application_events (id, application_id, seq, type, payload, actor_id, at, lifecycle)
           VALUES ('forged', ?, 9, 'admitted', '{}', NULL, 0, 'event-application@1')`,
        )
        .run(first),
    ).toThrow(/must carry hash/);
    expect((await t.repo.verifyAuditChains()).ok).toBe(true);
  });
});
