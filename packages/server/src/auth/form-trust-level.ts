import type { EditionRecord } from '@festplatz/case-engine';
import { type EventType, meetsTrustLevel, type TrustLevel } from '@festplatz/core';
import type { ResolvedDeps, SessionInfo } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { oidcStartHref } from '../pages/oidc-sign-in.ts';

/**
 * The trust level a form demands (AUTH-2). A bundle without `form.minimumTrustLevel` demands 'substanziell', the
 * default AUTH-2 names; procedures open to e-mail sign-in say `basis` explicitly (all shipped examples do).
 */
export function requiredTrustLevel(eventType: EventType): TrustLevel {
  return eventType.form.minimumTrustLevel ?? 'substanziell';
}

/** The required level when the session is below it, else null (the form page warns with it up front). */
export function trustLevelShortfall(session: SessionInfo, eventType: EventType): TrustLevel | null {
  const required = requiredTrustLevel(eventType);
  return meetsTrustLevel(session.trustLevel, required) ? null : required;
}

/**
 * Refuses a submission below the form's minimum: 403 FORBIDDEN, reason TRUST_LEVEL_TOO_LOW, with both levels,
 * and, when OpenID Connect is configured, the service's name and the address that signs in there and comes back
 * to the form.
 */
export function requireTrustLevel(deps: ResolvedDeps, session: SessionInfo, record: EditionRecord): void {
  const required = trustLevelShortfall(session, record.eventType);
  if (!required) return;
  const back = `/apply/${encodeURIComponent(record.edition.id)}`;
  throw new FestplatzError('FORBIDDEN', {
    reason: 'TRUST_LEVEL_TOO_LOW',
    details: {
      requiredTrustLevel: required,
      trustLevel: session.trustLevel,
      ...(deps.oidc ? { serviceName: deps.oidc.name, signInUrl: oidcStartHref(back) } : {}),
    },
  });
}
