import { and, eq } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { externalIdentities } from '../sqlite/schema.ts';
import type { ExternalIdentityStore } from './sign-in-types.ts';

function find(db: FestplatzDb, issuer: string, subject: string): string | null {
  const row = db.orm
    .select({ userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)))
    .get();
  return row?.userId ?? null;
}

/** {@link ExternalIdentityStore} on SQLite: insert-or-ignore on the (issuer, subject) key, then read. */
export function sqliteExternalIdentities(db: FestplatzDb): ExternalIdentityStore {
  return {
    findExternalIdentity: async (issuer, subject) => find(db, issuer, subject),
    linkExternalIdentity: async ({ issuer, subject, userId, now }) => {
      db.orm
        .insert(externalIdentities)
        .values({ issuer, subject, userId, createdAt: now })
        .onConflictDoNothing()
        .run();
      const linked = find(db, issuer, subject);
      if (!linked) throw new Error(`linkExternalIdentity: ${issuer} ${subject} vanished right after insert`);
      return linked;
    },
  };
}
