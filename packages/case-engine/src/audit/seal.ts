import type { FestplatzDb } from '../db.ts';
import { eventHash, GENESIS_HASH } from './event-hash.ts';

interface UnsealedRow {
  id: string;
  application_id: string;
  seq: number;
  type: string;
  payload: string;
  actor_id: string | null;
  at: number;
  lifecycle: string;
  hash: string | null;
}

/**
 * One-time backfill for event rows written before the hash chain existed (migration 0002 added nullable
 * columns; SQLite cannot compute sha-256 in SQL). Seals every case that has an unsealed row, in seq order,
 * chaining onto already sealed predecessors, in one IMMEDIATE transaction. Returns the number of rows sealed
 * (0 on every later open). The update trigger allows exactly this fill and nothing else.
 */
export function sealUnhashedEvents(db: FestplatzDb): number {
  const cases = db.sqlite.prepare(
    'SELECT DISTINCT application_id FROM application_events WHERE hash IS NULL ORDER BY application_id',
  );
  const eventsOf = db.sqlite.prepare(
    `SELECT id, application_id, seq, type, payload, actor_id, at, lifecycle, hash
     FROM application_events WHERE application_id = ? ORDER BY seq`,
  );
  const seal = db.sqlite.prepare('UPDATE application_events SET prev_hash = ?, hash = ? WHERE id = ?');
  // Checked before taking the write lock, so opening a sealed database (every open after the first) never
  // waits for or blocks another process's writer.
  const anyUnsealed = db.sqlite.prepare('SELECT 1 FROM application_events WHERE hash IS NULL LIMIT 1');
  if (anyUnsealed.get() === undefined) return 0;
  return db.sqlite
    .transaction((): number => {
      let sealed = 0;
      for (const applicationId of cases.pluck().all() as string[]) {
        let prevHash = GENESIS_HASH;
        for (const row of eventsOf.all(applicationId) as UnsealedRow[]) {
          if (row.hash !== null) {
            prevHash = row.hash;
            continue;
          }
          const hash = eventHash({
            applicationId: row.application_id,
            seq: row.seq,
            type: row.type,
            payload: JSON.parse(row.payload),
            actorId: row.actor_id,
            at: new Date(row.at),
            lifecycle: row.lifecycle,
            prevHash,
          });
          seal.run(prevHash, hash, row.id);
          prevHash = hash;
          sealed++;
        }
      }
      return sealed;
    })
    .immediate();
}
