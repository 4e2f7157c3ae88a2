import { createHash } from 'node:crypto';
import { canonicalJson, type EventType, type Lang, localize } from '@festplatz/core';

type Consent = EventType['privacy']['consents'][number];

/**
 * The version of a consent's text (DS-1: a consent is stored with the text it was given to). The bundle
 * versions only the Art. 13 information, so a consent's version is derived from its own wording: the first 16
 * hex digits of the SHA-256 of its canonical title and text. A town that rewords a consent cannot forget to
 * bump a version, and the same wording keeps its version across bundle versions.
 */
export function consentTextVersion(consent: Consent): string {
  const wording = canonicalJson({ title: consent.title, text: consent.text });
  return createHash('sha256').update(wording).digest('hex').slice(0, 16);
}

/** One optional consent as the form shows it (never pre-ticked, DS-1). */
export interface ConsentDto {
  id: string;
  title: string;
  text: string;
  textVersion: string;
}

/** The Art. 13 information (DS-2) and the optional consents (DS-1) of a bundle, in `lang`. */
export interface PrivacyDto {
  information: { version: string; text: string };
  consents: ConsentDto[];
}

/** The privacy section of the form DTO (`GET /api/v1/editions/:id/form`). */
export function privacyDto(eventType: EventType, lang: Lang): PrivacyDto {
  const { information, consents } = eventType.privacy;
  return {
    information: { version: information.version, text: localize(information.text, lang) },
    consents: consents.map((consent) => ({
      id: consent.id,
      title: localize(consent.title, lang),
      text: localize(consent.text, lang),
      textVersion: consentTextVersion(consent),
    })),
  };
}
