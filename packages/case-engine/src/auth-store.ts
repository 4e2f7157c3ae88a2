import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FestplatzDb } from './db.ts';
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
export function createSession(
  db: FestplatzDb,
  session: { idHash: string; userId: string; expiresAt: Date },
): void {
  db.orm.insert(sessions).values(session).run();
}

/** Finds a session that is still valid at `now`. */
export function findSession(
  db: FestplatzDb,
  idHash: string,
  now: Date,
): { userId: string; expiresAt: Date } | null {
  const row = db.orm
    .select({ userId: sessions.userId, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .get();
  return row ?? null;
}

/** Ends a session (sign-out); no-op when unknown. */
export function deleteSession(db: FestplatzDb, idHash: string): void {
  db.orm.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}
