import type { TrustLevel } from '@festplatz/core';

/** How a user signed in: an e-mail magic link, or OpenID Connect through an identity broker (BundID, company account). */
export type AuthMethod = 'email' | 'oidc';

/**
 * The legal entity a natural person acts for (AUTH-4), as an organisation account (Mein Unternehmenskonto behind
 * the broker) asserted it at sign-in. The representative is the signed-in person; `role` is their capacity.
 */
export interface Representing {
  /** Name of the company, e.g. "Schaustellerbetrieb Muster GmbH". */
  organisationName: string;
  /** The company's identifier at the account provider, when it sends one. */
  organisationId: string | null;
  /** The person's role for the company (e.g. "Geschäftsführerin"), when the provider sends one. */
  role: string | null;
}

/** What a sign-in achieved, stored with its session: method, trust level (AUTH-2) and company (AUTH-4). */
export interface SignInCircumstances {
  authMethod: AuthMethod;
  trustLevel: TrustLevel;
  representing: Representing | null;
}

/** A magic-link sign-in (the default when a new session names nothing else): e-mail, basis, for oneself. */
export const EMAIL_SIGN_IN: SignInCircumstances = {
  authMethod: 'email',
  trustLevel: 'basis',
  representing: null,
};

/** `session` with the circumstances it leaves out (or leaves undefined) filled in from {@link EMAIL_SIGN_IN}. */
export function withSignInDefaults<T extends Partial<SignInCircumstances>>(
  session: T,
): T & SignInCircumstances {
  return {
    ...session,
    authMethod: session.authMethod ?? EMAIL_SIGN_IN.authMethod,
    trustLevel: session.trustLevel ?? EMAIL_SIGN_IN.trustLevel,
    representing: session.representing ?? null,
  };
}

/** Accounts at OpenID providers linked to users, keyed by (issuer, subject) as OpenID Connect identifies them. */
export interface ExternalIdentityStore {
  /** The user linked to this provider account, or null. */
  findExternalIdentity(issuer: string, subject: string): Promise<string | null>;
  /**
   * Links the provider account to `userId` unless it is linked already, and returns the user it is linked to (on
   * a race of two first sign-ins, the one that came first).
   */
  linkExternalIdentity(link: { issuer: string; subject: string; userId: string; now: Date }): Promise<string>;
}

/** Reads a stored `representing` JSON value back; anything not of the shape is treated as absent. */
export function representingFromJson(value: unknown): Representing | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.organisationName !== 'string') return null;
  const text = (x: unknown) => (typeof x === 'string' ? x : null);
  return { organisationName: v.organisationName, organisationId: text(v.organisationId), role: text(v.role) };
}
