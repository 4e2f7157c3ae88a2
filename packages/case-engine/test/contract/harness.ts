import type { Repository } from '../../src/repository/types.ts';

/** What the contract suite needs from a dialect: a repository on a fresh, migrated database. */
export interface ContractHarness {
  repo: Repository;
  /** Raw SQL, for what the interface deliberately does not offer (UPDATE or DELETE on the event log). */
  exec(sql: string): Promise<void>;
  /**
   * Raw SQL past the append-only triggers, as an attacker with write access to the database would run it
   * (to show that `verifyAuditChains` finds what the triggers could not stop).
   */
  tamper(sql: string): Promise<void>;
  /** Raw SQL rows, for checks the interface does not expose (e.g. a tenant's name). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** Opens a fresh harness per test. */
export type OpenHarness = () => Promise<ContractHarness>;

/** The standard test world (src/testing/seed.ts), built through the repository under test. */
export { type Seeded as ContractWorld, seed as seedWorld } from '../../src/testing/seed.ts';

/** JSON columns come back as text from SQLite's raw driver and as objects from node-postgres. */
export function jsonValue(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** Rows of a table (SQLite returns count(*) as a number, node-postgres as a bigint string). */
export async function countRows(h: ContractHarness, table: string): Promise<number> {
  const [row] = await h.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n);
}

/** An outbox row as stored, read past the repository (same shape on both dialects). */
export interface StoredOutboxRow {
  dedupeKey: string;
  handler: string;
  payload: unknown;
  tenantId: string | null;
  applicationId: string | null;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
}

/** All outbox rows ordered by dedupe key (SQLite returns instants as epoch ms, node-postgres as Date). */
export async function storedOutbox(h: ContractHarness): Promise<StoredOutboxRow[]> {
  const rows = await h.query(
    'SELECT dedupe_key, handler, payload, tenant_id, application_id, status, attempts, next_attempt_at ' +
      'FROM outbox ORDER BY dedupe_key',
  );
  return rows.map((r) => ({
    dedupeKey: String(r.dedupe_key),
    handler: String(r.handler),
    payload: jsonValue(r.payload),
    tenantId: r.tenant_id === null ? null : String(r.tenant_id),
    applicationId: r.application_id === null ? null : String(r.application_id),
    status: String(r.status),
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at as number | Date),
  }));
}
