import type { ResolvedDeps } from '../../env.ts';
import { slidingExpiry } from '../session-expiry.ts';
import { randomToken, sha256Hex } from '../tokens.ts';
import type { OidcIdentity } from './claims.ts';

/**
 * Opens a session for a provider account: the user linked to (issuer, subject), else the user of the verified
 * e-mail address (created if new) which is then linked. So a person who applied by e-mail link and later signs in
 * with BundID under the same address keeps their drafts and applications. The session records the trust level
 * and the company acted for.
 */
export async function openOidcSession(
  deps: ResolvedDeps,
  identity: OidcIdentity,
): Promise<{ sessionId: string; expiresAt: Date }> {
  const { repo } = deps;
  const now = deps.now();
  const { issuer, subject } = identity;
  const userId =
    (await repo.findExternalIdentity(issuer, subject)) ??
    (await repo.linkExternalIdentity({
      issuer,
      subject,
      userId: (await repo.ensureUser(identity.email)).id,
      now,
    }));
  const sessionId = randomToken();
  const expiresAt = slidingExpiry(now, now);
  await repo.createSession({
    idHash: sha256Hex(sessionId),
    userId,
    createdAt: now,
    expiresAt,
    authMethod: 'oidc',
    trustLevel: identity.trustLevel,
    representing: identity.representing,
  });
  return { sessionId, expiresAt };
}
