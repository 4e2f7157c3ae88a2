import { and, eq } from 'drizzle-orm';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { externalIdentities } from '../../pg/schema.ts';
import type { ExternalIdentityStore } from '../sign-in-types.ts';

async function find(db: FestplatzPgDb, issuer: string, subject: string): Promise<string | null> {
  const [row] = await db.orm
    .select({ userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  return row?.userId ?? null;
}

/**
 * {@link ExternalIdentityStore} on PostgreSQL: insert-or-ignore then read, so two instances handling the first
 * sign-in of one account at once both end up with the row the primary key let through.
 */
export function pgExternalIdentities(db: FestplatzPgDb): ExternalIdentityStore {
  return {
    findExternalIdentity: (issuer, subject) => find(db, issuer, subject),
    linkExternalIdentity: async ({ issuer, subject, userId, now }) => {
      await db.orm
        .insert(externalIdentities)
        .values({ issuer, subject, userId, createdAt: now })
        .onConflictDoNothing();
      const linked = await find(db, issuer, subject);
      if (!linked) throw new Error(`linkExternalIdentity: ${issuer} ${subject} vanished right after insert`);
      return linked;
    },
  };
}
