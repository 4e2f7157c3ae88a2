import type { StoredConsent } from '@festplatz/case-engine';
import { type EventType, type Lang, localize } from '@festplatz/core';

/** A consent of a case as applicant and staff see it: in force while `withdrawnAt` is null. */
export interface CaseConsentDto {
  id: string;
  title: string;
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/**
 * The current consents of a case: the newest row per consent id (a consent withdrawn and given again shows as
 * given), titled from the case's bundle (the id when the bundle no longer names it).
 */
export function caseConsentsDto(
  stored: readonly StoredConsent[],
  eventType: EventType,
  lang: Lang,
): CaseConsentDto[] {
  const newest = new Map<string, StoredConsent>();
  for (const row of stored) {
    const seen = newest.get(row.consentId);
    if (!seen || seen.givenAt <= row.givenAt) newest.set(row.consentId, row);
  }
  return [...newest.values()].map((row) => {
    const offered = eventType.privacy.consents.find((c) => c.id === row.consentId);
    return {
      id: row.consentId,
      title: offered ? localize(offered.title, lang) : row.consentId,
      textVersion: row.textVersion,
      givenAt: row.givenAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    };
  });
}
