import { type ApplicationEvent, representingFromJson } from '@festplatz/case-engine';
import { isTrustLevel } from '@festplatz/core';

/**
 * How the applicant was signed in when submitting, from the 'submitted' log entry (AUTH-2, AUTH-4), for the staff
 * detail; null for cases submitted before this was recorded.
 */
export function submissionSignInDto(log: readonly ApplicationEvent[]) {
  const payload = log.find((e) => e.type === 'submitted')?.payload as Record<string, unknown> | undefined;
  if (!payload || !isTrustLevel(payload.trustLevel)) return null;
  return {
    authMethod: payload.authMethod === 'oidc' ? ('oidc' as const) : ('email' as const),
    trustLevel: payload.trustLevel,
    representing: representingFromJson(payload.representing),
  };
}
