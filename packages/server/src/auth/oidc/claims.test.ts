import type { EventType } from '@festplatz/core';
import { describe, expect, it } from 'vitest';
import { requiredTrustLevel } from '../form-trust-level.ts';
import { identityFromClaims } from './claims.ts';
import { oidcSettingsFromEnv } from './settings.ts';
import { trustLevelFromAcr } from './trust-level.ts';

describe('trustLevelFromAcr (AUTH-1, AUTH-2)', () => {
  it('maps the STORK-QAA levels BundID names and the eIDAS words', () => {
    expect(trustLevelFromAcr('STORK-QAA-Level-1')).toBe('basis');
    expect(trustLevelFromAcr('STORK-QAA-Level-2')).toBe('basis');
    expect(trustLevelFromAcr('STORK-QAA-Level-3')).toBe('substanziell');
    expect(trustLevelFromAcr('STORK-QAA-Level-4')).toBe('hoch');
    expect(trustLevelFromAcr('substanziell')).toBe('substanziell');
    expect(trustLevelFromAcr('http://eidas.europa.eu/LoA/high')).toBe('hoch');
  });

  it('never credits more than stated: unknown, missing or odd values are basis', () => {
    for (const acr of ['urn:mace:incommon:iap:silver', undefined, null, 4, 'toString', '__proto__'])
      expect(trustLevelFromAcr(acr)).toBe('basis');
  });
});

describe('identityFromClaims', () => {
  const claims = { sub: 's1', email: 'anna@example.org', email_verified: true, acr: 'STORK-QAA-Level-4' };

  it('takes the verified e-mail, the level from acr and no company for a person', () => {
    expect(identityFromClaims('https://id.example', claims)).toEqual({
      ok: true,
      identity: {
        issuer: 'https://id.example',
        subject: 's1',
        email: 'anna@example.org',
        trustLevel: 'hoch',
        representing: null,
      },
    });
  });

  it('records the company and role of an organisation account (AUTH-4)', () => {
    const result = identityFromClaims('https://id.example', {
      ...claims,
      organisation_name: ' Muster GmbH ',
      organisation_role: 'Prokurist',
    });
    expect(result.ok && result.identity.representing).toEqual({
      organisationName: 'Muster GmbH',
      organisationId: null,
      role: 'Prokurist',
    });
  });

  it('refuses claims without an e-mail address or with an unverified one', () => {
    expect(identityFromClaims('i', { ...claims, email: undefined })).toEqual({
      ok: false,
      problem: 'EMAIL_MISSING',
    });
    expect(identityFromClaims('i', { ...claims, email_verified: 'true' })).toEqual({
      ok: false,
      problem: 'EMAIL_UNVERIFIED',
    });
  });
});

describe('requiredTrustLevel', () => {
  it('is substanziell when a form names none (AUTH-2 default), else what the form names', () => {
    const bundle = (form: Partial<EventType['form']>) => ({ form }) as EventType;
    expect(requiredTrustLevel(bundle({}))).toBe('substanziell');
    expect(requiredTrustLevel(bundle({ minimumTrustLevel: 'basis' }))).toBe('basis');
    expect(requiredTrustLevel(bundle({ minimumTrustLevel: 'hoch' }))).toBe('hoch');
  });
});

describe('oidcSettingsFromEnv', () => {
  it('is off without OIDC_ISSUER, and refuses a half configuration or plain http to a public host', () => {
    expect(oidcSettingsFromEnv({})).toBeUndefined();
    expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: 'https://id.example' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() =>
      oidcSettingsFromEnv({ OIDC_ISSUER: 'http://id.example', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' }),
    ).toThrow(/https/);
  });

  it('reads the settings with "BundID" as the default name', () => {
    expect(
      oidcSettingsFromEnv({
        OIDC_ISSUER: 'https://id.example/realms/x',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
      }),
    ).toEqual({
      issuer: 'https://id.example/realms/x',
      clientId: 'a',
      clientSecret: 'b',
      name: 'BundID',
      allowHttp: false,
    });
  });
});
