import type { TrustLevel } from '@festplatz/core';

/**
 * The `acr` values a BundID broker sends, and the trust level (AUTH-2) each one means. BundID itself speaks SAML
 * and names its levels `STORK-QAA-Level-1..4` (AUTH-1); brokers pass them on as `acr`, some as the eIDAS-style
 * words. Level 1 and 2 (user name and password, "Basisregistrierung") are below eIDAS and count as basis.
 */
export const ACR_TRUST_LEVELS: Readonly<Record<string, TrustLevel>> = {
  'STORK-QAA-Level-1': 'basis',
  'STORK-QAA-Level-2': 'basis',
  'STORK-QAA-Level-3': 'substanziell',
  'STORK-QAA-Level-4': 'hoch',
  basis: 'basis',
  substanziell: 'substanziell',
  hoch: 'hoch',
  // eIDAS level URIs as some brokers send them.
  'http://eidas.europa.eu/LoA/low': 'basis',
  'http://eidas.europa.eu/LoA/substantial': 'substanziell',
  'http://eidas.europa.eu/LoA/high': 'hoch',
};

/**
 * The trust level an `acr` claim stands for. An unknown or missing value counts as 'basis': a sign-in is never
 * credited with more assurance than the provider clearly stated.
 */
export function trustLevelFromAcr(acr: unknown): TrustLevel {
  return typeof acr === 'string' && Object.hasOwn(ACR_TRUST_LEVELS, acr)
    ? (ACR_TRUST_LEVELS[acr] as TrustLevel)
    : 'basis';
}
