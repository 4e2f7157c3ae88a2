import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { consents } from '../../pg/schema.ts';
import type { ConsentStore } from '../consents-types.ts';

/** The {@link ConsentStore} over PostgreSQL (mirrors repository/sqlite-consents.ts). */
export function pgConsentStore(db: FestplatzPgDb): ConsentStore {
  return {
    async recordConsents(rows) {
      // One multi-row INSERT is one statement, so all rows or none.
      if (rows.length > 0) await db.orm.insert(consents).values(rows.map((row) => ({ ...row })));
    },
    listConsents(tenantId, applicationId) {
      return db.orm
        .select()
        .from(consents)
        .where(and(eq(consents.tenantId, tenantId), eq(consents.applicationId, applicationId)))
        .orderBy(asc(consents.givenAt), asc(consents.consentId));
    },
    async withdrawConsent(w) {
      const mine = and(
        eq(consents.applicantId, w.applicantId),
        eq(consents.applicationId, w.applicationId),
        eq(consents.consentId, w.consentId),
      );
      await db.orm
        .update(consents)
        .set({ withdrawnAt: w.now })
        .where(and(mine, isNull(consents.withdrawnAt)));
      const [row] = await db.orm.select().from(consents).where(mine).orderBy(desc(consents.givenAt)).limit(1);
      return row ?? null;
    },
  };
}
