import type { Representing } from '@festplatz/case-engine';
import type { TrustLevel } from '@festplatz/core';
import { isPlausibleEmail } from '../email.ts';
import { trustLevelFromAcr } from './trust-level.ts';

/** Who signed in at the provider, as Festplatz records it. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string;
  trustLevel: TrustLevel;
  representing: Representing | null;
}

/** Why claims cannot sign anyone in: no usable address, or one the provider has not verified. */
export type ClaimsProblem = 'EMAIL_MISSING' | 'EMAIL_UNVERIFIED';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The company an organisation account acts for (AUTH-3, AUTH-4): `organisation_name` (required for it to count),
 * `organisation_id` and the person's `organisation_role`, as the broker maps Mein Unternehmenskonto attributes.
 */
export function representingFromClaims(claims: Record<string, unknown>): Representing | null {
  const organisationName = text(claims.organisation_name);
  if (!organisationName) return null;
  return {
    organisationName,
    organisationId: text(claims.organisation_id),
    role: text(claims.organisation_role),
  };
}

/**
 * Maps checked claims (ID token, completed from UserInfo) to an identity. The e-mail address is required and must
 * be verified by the provider (`email_verified: true`), because notices and messages go there and because it may
 * link the sign-in to an existing e-mail account.
 */
export function identityFromClaims(
  issuer: string,
  claims: Record<string, unknown>,
): { ok: true; identity: OidcIdentity } | { ok: false; problem: ClaimsProblem } {
  const email = text(claims.email);
  if (!email || !isPlausibleEmail(email)) return { ok: false, problem: 'EMAIL_MISSING' };
  if (claims.email_verified !== true) return { ok: false, problem: 'EMAIL_UNVERIFIED' };
  return {
    ok: true,
    identity: {
      issuer,
      subject: String(claims.sub),
      email,
      trustLevel: trustLevelFromAcr(claims.acr),
      representing: representingFromClaims(claims),
    },
  };
}
