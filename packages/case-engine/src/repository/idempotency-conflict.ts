// Two submits with the same idempotency key can both find no case and both try to store one; the unique
// index (applicant_id, idempotency_key) lets exactly one commit. These recognise the loser's error per
// driver, so the repository can report it as an outcome (the command then answers with the stored case).

const INDEX = 'applications_applicant_idempotency_key_idx';

/** better-sqlite3: the UNIQUE violation of that index (SQLite names the columns, not the index). */
export function isSqliteIdempotencyConflict(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('applications.idempotency_key')
  );
}

/** node-postgres: unique_violation (23505) of that index, also when drizzle wraps it (`cause`). */
export function isPgIdempotencyConflict(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505' && constraint === INDEX) return true;
  }
  return false;
}
