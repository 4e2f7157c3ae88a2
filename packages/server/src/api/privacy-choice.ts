import type { ApplicationRecord, NewConsent } from '@festplatz/case-engine';
import type { EventType } from '@festplatz/core';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { consentTextVersion } from './privacy-dto.ts';

/** What a submission says about privacy: the Art. 13 version read (DS-2) and the consents given (DS-1). */
export interface PrivacyChoice {
  privacyNoticeVersion?: string;
  consents?: { id: string; textVersion: string }[];
}

function consentList(value: unknown): { id: string; textVersion: string }[] {
  if (!Array.isArray(value)) throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
  return value.map((item: unknown) => {
    const { id, textVersion } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    if (typeof id !== 'string' || typeof textVersion !== 'string') {
      throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
    }
    return { id, textVersion };
  });
}

/**
 * Reads `privacyNoticeVersion` and `consents` of a submit body and checks them against the bundle the
 * applicant is shown: a version that is no longer current means the applicant read an older text, so the
 * submission is refused (409 PRIVACY_NOTICE_CHANGED: read it again) rather than recorded with a text they
 * never saw. An unknown consent id or a consent given twice is a malformed body. Absent fields stay absent
 * (API clients that do not show the information record nothing; the form element always sends both).
 */
export function readPrivacyChoice(body: Record<string, unknown>, eventType: EventType): PrivacyChoice {
  const choice: PrivacyChoice = {};
  const { information, consents: offered } = eventType.privacy;
  if (body.privacyNoticeVersion !== undefined) {
    if (typeof body.privacyNoticeVersion !== 'string') {
      throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
    }
    if (body.privacyNoticeVersion !== information.version) {
      throw new FestplatzError('CONFLICT', {
        reason: 'PRIVACY_NOTICE_CHANGED',
        details: { currentVersion: information.version },
      });
    }
    choice.privacyNoticeVersion = body.privacyNoticeVersion;
  }
  if (body.consents !== undefined) {
    const given = consentList(body.consents);
    if (new Set(given.map((c) => c.id)).size !== given.length) {
      throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
    }
    for (const consent of given) {
      const known = offered.find((c) => c.id === consent.id);
      if (!known) throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      if (consentTextVersion(known) !== consent.textVersion) {
        throw new FestplatzError('CONFLICT', {
          reason: 'PRIVACY_NOTICE_CHANGED',
          details: { currentVersion: information.version },
        });
      }
    }
    choice.consents = given;
  }
  return choice;
}

/** The consent rows a submitted case stores (given at its server receive time, DS-1). */
export function consentRows(app: ApplicationRecord, choice: PrivacyChoice): NewConsent[] {
  const givenAt = app.submittedAt;
  if (!givenAt) return [];
  return (choice.consents ?? []).map((consent) => ({
    tenantId: app.tenantId,
    applicationId: app.id,
    applicantId: app.applicantId,
    consentId: consent.id,
    textVersion: consent.textVersion,
    givenAt,
  }));
}
