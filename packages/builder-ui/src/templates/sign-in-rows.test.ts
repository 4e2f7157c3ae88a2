import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages.ts';
import { signInRows } from './sign-in-rows.ts';

describe('signInRows (staff case view, AUTH-2, AUTH-4)', () => {
  const de = messagesFor('de');

  it('names the sign-in and, for a company account, the company and the role', () => {
    const rows = signInRows(
      {
        authMethod: 'oidc',
        trustLevel: 'substanziell',
        representing: {
          organisationName: 'Schaustellerbetrieb Muster GmbH',
          organisationId: null,
          role: 'Geschäftsführerin',
        },
      },
      de,
    );
    expect(rows).toEqual([
      ['Anmeldung beim Einreichen', 'BundID / Unternehmenskonto, Vertrauensniveau substanziell'],
      ['Handelt für (laut Unternehmenskonto)', 'Schaustellerbetrieb Muster GmbH, als Geschäftsführerin'],
    ]);
  });

  it('has no company row for an e-mail sign-in, and no rows for cases from before it was recorded', () => {
    expect(
      signInRows({ authMethod: 'email', trustLevel: 'basis', representing: null }, messagesFor('en')),
    ).toEqual([['Sign-in when submitting', 'E-mail link, trust level basic']]);
    expect(signInRows(null, de)).toEqual([]);
  });
});
