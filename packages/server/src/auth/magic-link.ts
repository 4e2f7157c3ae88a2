import type { ResolvedDeps } from '../env.ts';
import { magicLinkMail } from '../mail/magic-link-mail.ts';
import { MAGIC_LINK_MINUTES } from './config.ts';
import { safeNext } from './safe-next.ts';
import { slidingExpiry } from './session-expiry.ts';
import { randomToken, sha256Hex } from './tokens.ts';

/**
 * Creates a single-use sign-in link for `email` and mails it. Done the same way whether or not an account
 * exists (the account is created on first use), so the answer reveals nothing about who is registered.
 */
export async function sendMagicLink(deps: ResolvedDeps, email: string, next: string | null): Promise<void> {
  const token = randomToken();
  const expiresAt = new Date(deps.now().getTime() + MAGIC_LINK_MINUTES * 60_000);
  await deps.repo.storeMagicLink({
    tokenHash: sha256Hex(token),
    email,
    expiresAt,
    next: safeNext(next, deps.embedOrigins),
  });
  const link = new URL(`/auth/callback?token=${encodeURIComponent(token)}`, deps.baseUrl).toString();
  await deps.mail.send(magicLinkMail(email, link, MAGIC_LINK_MINUTES));
}

/** A session just created by redeeming a link: the raw id goes into the cookie, only its hash is stored. */
export interface NewSession {
  sessionId: string;
  expiresAt: Date;
  next: string;
}

/** Redeems a sign-in token (single use): ensures the user and opens a session; null when invalid/expired/used. */
export async function redeemMagicLink(deps: ResolvedDeps, token: string): Promise<NewSession | null> {
  const now = deps.now();
  const link = await deps.repo.consumeMagicLink(sha256Hex(token), now);
  if (!link) return null;
  const user = await deps.repo.ensureUser(link.email);
  const sessionId = randomToken();
  const expiresAt = slidingExpiry(now, now);
  await deps.repo.createSession({ idHash: sha256Hex(sessionId), userId: user.id, createdAt: now, expiresAt });
  return { sessionId, expiresAt, next: safeNext(link.next, deps.embedOrigins) ?? '/' };
}
