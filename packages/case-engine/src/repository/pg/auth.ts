import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { magicLinks, sessions } from '../../pg/schema.ts';
import { normaliseEmail } from '../../users.ts';
import { representingFromJson, withSignInDefaults } from '../sign-in-types.ts';
import type { NewStoredSession, StoredSession } from '../types.ts';

// As on SQLite, only sha-256 hashes of tokens and session ids reach the database.

/** Stores a magic sign-in link (by token hash). */
export async function storeMagicLink(
  db: FestplatzPgDb,
  link: { tokenHash: string; email: string; expiresAt: Date; next: string | null },
): Promise<void> {
  await db.orm.insert(magicLinks).values({
    tokenHash: link.tokenHash,
    email: normaliseEmail(link.email),
    expiresAt: link.expiresAt,
    next: link.next,
  });
}

/** Redeems a magic link exactly once (one conditional UPDATE ... RETURNING, so two callbacks cannot both win). */
export async function consumeMagicLink(
  db: FestplatzPgDb,
  tokenHash: string,
  now: Date,
): Promise<{ email: string; next: string | null } | null> {
  const [row] = await db.orm
    .update(magicLinks)
    .set({ usedAt: now })
    .where(and(eq(magicLinks.tokenHash, tokenHash), isNull(magicLinks.usedAt), gt(magicLinks.expiresAt, now)))
    .returning({ email: magicLinks.email, next: magicLinks.next });
  return row ?? null;
}

/** Stores a new session (by id hash). */
export async function createSession(db: FestplatzPgDb, session: NewStoredSession): Promise<void> {
  await db.orm.insert(sessions).values(withSignInDefaults(session));
}

const sessionColumns = {
  userId: sessions.userId,
  createdAt: sessions.createdAt,
  expiresAt: sessions.expiresAt,
  authMethod: sessions.authMethod,
  trustLevel: sessions.trustLevel,
  representing: sessions.representing,
};

/** Finds a session that is still valid at `now`. */
export async function findSession(
  db: FestplatzPgDb,
  idHash: string,
  now: Date,
): Promise<StoredSession | null> {
  const [row] = await db.orm
    .select(sessionColumns)
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  return row ? { ...row, representing: representingFromJson(row.representing) } : null;
}

/** Moves the expiry of a session still valid at `now`; false when it has already ended. */
export async function extendSession(
  db: FestplatzPgDb,
  idHash: string,
  now: Date,
  expiresAt: Date,
): Promise<boolean> {
  const rows = await db.orm
    .update(sessions)
    .set({ expiresAt })
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .returning({ idHash: sessions.idHash });
  return rows.length > 0;
}

/** Ends a session (sign-out); no-op when unknown. */
export async function deleteSession(db: FestplatzPgDb, idHash: string): Promise<void> {
  await db.orm.delete(sessions).where(eq(sessions.idHash, idHash));
}
