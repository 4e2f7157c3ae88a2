import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FestplatzDb } from './db.ts';
import { representingFromJson, withSignInDefaults } from './repository/sign-in-types.ts';
import type { NewStoredSession, StoredSession } from './repository/types.ts';
import { magicLinks, sessions } from './sqlite/schema.ts';
import { normaliseEmail } from './users.ts';

// The server does the crypto: these functions only ever see sha-256 hashes of tokens and session ids, so a
// leaked database does not let anyone sign in.

/** Stores a magic sign-in link (by token hash). */
export function storeMagicLink(
  db: FestplatzDb,
  link: { tokenHash: string; email: string; expiresAt: Date; next: string | null },
): void {
  db.orm
    .insert(magicLinks)
    .values({
      tokenHash: link.tokenHash,
      email: normaliseEmail(link.email),
      expiresAt: link.expiresAt,
      next: link.next,
    })
    .run();
}

/** Redeems a magic link exactly once: null when unknown, already used or expired at `now`. */
export function consumeMagicLink(
  db: FestplatzDb,
  tokenHash: string,
  now: Date,
): { email: string; next: string | null } | null {
  // One conditional UPDATE ... RETURNING: two concurrent callbacks cannot both win.
  const row = db.orm
    .update(magicLinks)
    .set({ usedAt: now })
    .where(and(eq(magicLinks.tokenHash, tokenHash), isNull(magicLinks.usedAt), gt(magicLinks.expiresAt, now)))
    .returning({ email: magicLinks.email, next: magicLinks.next })
    .get();
  return row ?? null;
}

/** Stores a new session (by id hash). */
export function createSession(db: FestplatzDb, session: NewStoredSession): void {
  db.orm.insert(sessions).values(withSignInDefaults(session)).run();
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
export function findSession(db: FestplatzDb, idHash: string, now: Date): StoredSession | null {
  const row = db.orm
    .select(sessionColumns)
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .get();
  return row ? { ...row, representing: representingFromJson(row.representing) } : null;
}

/** Moves the expiry of a session still valid at `now`; false when it has already ended. */
export function extendSession(db: FestplatzDb, idHash: string, now: Date, expiresAt: Date): boolean {
  const row = db.orm
    .update(sessions)
    .set({ expiresAt })
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .returning({ idHash: sessions.idHash })
    .get();
  return row !== undefined;
}

/** Ends a session (sign-out); no-op when unknown. */
export function deleteSession(db: FestplatzDb, idHash: string): void {
  db.orm.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}
