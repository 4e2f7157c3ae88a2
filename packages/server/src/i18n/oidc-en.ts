import { levelName, type OidcMessages } from './oidc-de.ts';

/** English texts of the OpenID Connect sign-in and of trust levels. */
export const oidcEn: OidcMessages = {
  signInWith: (name) => `Sign in with ${name}`,
  demoSuffix: ' (demo)',
  heading: 'With BundID or a company account',
  intro:
    'You sign in at the federal sign-in service: with your online ID card, an ELSTER certificate or for your company. Some events require this sign-in.',
  emailHeading: 'With an e-mail link',
  error: {
    title: 'Sign-in not completed',
    cancelled: 'You cancelled the sign-in at the sign-in service. You are not signed in.',
    provider:
      'The sign-in service did not confirm the sign-in. Please try again or sign in with an e-mail link.',
    state:
      'This sign-in was not started in this browser or took longer than 15 minutes. For your security it was stopped. Please start the sign-in again.',
    email:
      'Your account at the sign-in service has no confirmed e-mail address. Festplatz needs one for notices and messages. Please add and confirm an address there, or sign in with an e-mail link.',
    unavailable:
      'The sign-in service cannot be reached right now. Please try again in a few minutes, or sign in with an e-mail link.',
    failed: 'The sign-in could not be completed for technical reasons. Please try again.',
    again: 'Go to sign-in',
  },
  levels: {
    basis: 'basic (e-mail link or user name and password)',
    substanziell: 'substantial (for example an ELSTER certificate)',
    hoch: 'high (online ID card)',
  },
  notice: {
    title: 'This application needs a secure sign-in',
    text: (p) =>
      `This event requires the trust level “${p.required}” to submit. You are signed in with “${p.current}”. You can still fill in your details; they are saved as a draft.`,
    noOidc: 'Such a sign-in is not set up here yet. Please contact the office running the event.',
  },
  representing: (p) =>
    p.role ? `Acting for: ${p.organisation} (${p.role})` : `Acting for: ${p.organisation}`,
  tooLow: (p) =>
    `Submitting this application requires a sign-in with the trust level “${levelName(oidcEn.levels, p.requiredTrustLevel)}” or higher. You are signed in with “${levelName(oidcEn.levels, p.trustLevel)}”. ${
      p.serviceName
        ? `Please sign in with ${p.serviceName}; your draft stays saved.`
        : 'Such a sign-in is not set up here yet. Please contact the office.'
    }`,
  cli: {
    provider: (url) => `Demo sign-in service (BundID): ${url}`,
    accounts: 'Demo accounts at the sign-in service (button “Sign in with BundID (demo)” on /signin):',
    account: (p) => `  ${p.label} – trust level ${p.level}`,
  },
};
