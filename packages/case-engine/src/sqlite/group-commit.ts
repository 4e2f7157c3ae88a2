import type { Database } from 'better-sqlite3';

// Group commit. With synchronous=FULL every COMMIT waits for an fsync, and that wait is most of a submit
// (issue 4 benchmark: ~58 % of it). Commands that arrive while one batch is pending therefore share one
// transaction and one fsync, as databases do with concurrent commits. Durability is unchanged: a unit's
// promise settles only after the COMMIT that contains it has returned.

/** Runs synchronous write units in shared transactions; see {@link groupCommit}. */
export interface GroupCommit {
  /**
   * Queues `unit` for the next batch. It runs inside its own SAVEPOINT: if it throws, only its own writes
   * are rolled back and its promise rejects with that error. Resolves with its return value once the
   * batch's COMMIT succeeded; rejects (like every unit of the batch) when the COMMIT fails.
   */
  run<T>(unit: () => T): Promise<T>;
}

interface Queued {
  unit: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The group committer of one connection: units queued in the same turn of the event loop run in one
 * `BEGIN IMMEDIATE ... COMMIT`, flushed on the next `setImmediate`. A flush is synchronous from BEGIN to
 * COMMIT, so no other statement of this connection can run inside a batch.
 */
export function groupCommit(sqlite: Database): GroupCommit {
  const statements = {
    begin: sqlite.prepare('BEGIN IMMEDIATE'),
    commit: sqlite.prepare('COMMIT'),
    rollback: sqlite.prepare('ROLLBACK'),
    savepoint: sqlite.prepare('SAVEPOINT unit'),
    release: sqlite.prepare('RELEASE unit'),
    undo: sqlite.prepare('ROLLBACK TO unit'),
  };
  let pending: Queued[] = [];

  function runUnit(queued: Queued): Outcome {
    statements.savepoint.run();
    try {
      const value = queued.unit();
      statements.release.run();
      return { ok: true, value };
    } catch (error) {
      // ROLLBACK TO keeps the savepoint open, so it is released as well to leave the batch as before.
      statements.undo.run();
      statements.release.run();
      return { ok: false, error };
    }
  }

  function flush(): void {
    const batch = pending;
    pending = [];
    let outcomes: Outcome[];
    try {
      statements.begin.run();
      // A lone unit needs no savepoint: if it throws, the whole (its own) transaction is rolled back below.
      outcomes = batch.length === 1 ? [{ ok: true, value: (batch[0] as Queued).unit() }] : batch.map(runUnit);
      statements.commit.run();
    } catch (error) {
      // BEGIN or COMMIT failed (e.g. SQLITE_BUSY past the busy timeout, disk full), or a lone unit threw:
      // nothing of the batch is durable, so every unit fails, even those whose own statements went through.
      if (sqlite.inTransaction) statements.rollback.run();
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  }

  return {
    run<T>(unit: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ unit, resolve: resolve as (value: unknown) => void, reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },
  };
}
