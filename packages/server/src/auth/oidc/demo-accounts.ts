/** A person at the demo sign-in service; `acr` is what a BundID broker would send for their sign-in. */
export interface DemoAccount {
  id: string;
  /** How the login page and the console name the account. */
  label: string;
  email: string;
  acr: 'STORK-QAA-Level-3' | 'STORK-QAA-Level-4';
  /** Set for an organisation account (Mein Unternehmenskonto): the company and the person's role. */
  organisation?: { name: string; id: string; role: string };
}

/** The demo accounts: BundID with ELSTER (substanziell), BundID with the Online-Ausweis (hoch), a company account. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: 'max-elster',
    label: 'Max Schausteller – BundID mit ELSTER-Zertifikat',
    email: 'max.schausteller@bundid.example',
    acr: 'STORK-QAA-Level-3',
  },
  {
    id: 'erika-ausweis',
    label: 'Erika Mustermann – BundID mit Online-Ausweis',
    email: 'erika.mustermann@bundid.example',
    acr: 'STORK-QAA-Level-4',
  },
  {
    id: 'julia-unternehmen',
    label: 'Julia Muster – Unternehmenskonto der Schaustellerbetrieb Muster GmbH',
    email: 'julia.muster@muster-gmbh.example',
    acr: 'STORK-QAA-Level-3',
    organisation: { name: 'Schaustellerbetrieb Muster GmbH', id: 'DE-UK-0000123', role: 'Geschäftsführerin' },
  },
];

/** The claims the demo service releases for an account (by scope, filtered by oidc-provider). */
export function demoClaims(account: DemoAccount): Record<string, unknown> {
  return {
    sub: account.id,
    email: account.email,
    email_verified: true,
    ...(account.organisation
      ? {
          organisation_name: account.organisation.name,
          organisation_id: account.organisation.id,
          organisation_role: account.organisation.role,
        }
      : {}),
  };
}
