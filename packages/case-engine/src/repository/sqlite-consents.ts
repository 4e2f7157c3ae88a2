import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { consents } from '../sqlite/schema.ts';
import type { ConsentStore, ConsentWithdrawal, NewConsent, StoredConsent } from './consents-types.ts';

// Consents on SQLite. Plain synchronous writes: they are small, and better-sqlite3 runs them between group
// commits, never inside one (see sqlite/group-commit.ts).

function recordConsents(db: FestplatzDb, rows: readonly NewConsent[]): void {
  if (rows.length === 0) return;
  db.orm.transaction((tx) => {
    tx.insert(consents)
      .values(rows.map((row) => ({ ...row })))
      .run();
  });
}

function listConsents(db: FestplatzDb, tenantId: string, applicationId: string): StoredConsent[] {
  return db.orm
    .select()
    .from(consents)
    .where(and(eq(consents.tenantId, tenantId), eq(consents.applicationId, applicationId)))
    .orderBy(asc(consents.givenAt), asc(consents.consentId))
    .all();
}

function withdrawConsent(db: FestplatzDb, w: ConsentWithdrawal): StoredConsent | null {
  const mine = and(
    eq(consents.applicantId, w.applicantId),
    eq(consents.applicationId, w.applicationId),
    eq(consents.consentId, w.consentId),
  );
  db.orm
    .update(consents)
    .set({ withdrawnAt: w.now })
    .where(and(mine, isNull(consents.withdrawnAt)))
    .run();
  return db.orm.select().from(consents).where(mine).orderBy(desc(consents.givenAt)).limit(1).get() ?? null;
}

/** The {@link ConsentStore} over an open SQLite database. */
export function sqliteConsentStore(db: FestplatzDb): ConsentStore {
  return {
    recordConsents: async (rows) => recordConsents(db, rows),
    listConsents: async (tenantId, applicationId) => listConsents(db, tenantId, applicationId),
    withdrawConsent: async (withdrawal) => withdrawConsent(db, withdrawal),
  };
}
