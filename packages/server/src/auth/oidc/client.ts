import * as oidc from 'openid-client';
import type { OidcFlow } from './flow-cookie.ts';
import type { OidcSettings } from './settings.ts';

/** Festplatz as a relying party of one provider (openid-client does the protocol and every token check). */
export interface OidcClient {
  /** The provider's authorization URL for a new attempt: code flow with PKCE (S256), state and nonce. */
  authorizationUrl(flow: OidcFlow): Promise<URL>;
  /**
   * Redeems the code of the provider's answer at `callbackUrl`: checks state, the ID token (signature, issuer,
   * audience, expiry, nonce) and the PKCE verifier, then completes the claims from UserInfo. Throws on any failure.
   */
  claims(callbackUrl: URL, flow: OidcFlow): Promise<Record<string, unknown>>;
  /** The provider's issuer identifier, as discovered (the key of linked accounts). */
  issuer(): Promise<string>;
}

/** The scopes asked for: the person, a verified e-mail address, and organisation attributes when there are any. */
export const OIDC_SCOPE = 'openid email organisation';

/**
 * A client that discovers the provider on first use (so Festplatz starts while the broker is briefly away) and
 * tries discovery again after a failure.
 */
export function oidcClient(settings: OidcSettings, redirectUri: string): OidcClient {
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    async authorizationUrl(flow) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: OIDC_SCOPE,
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
    },
    async claims(callbackUrl, flow) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider answered without an ID token');
      // Brokers put e-mail and organisation attributes in the ID token or only in UserInfo; the ID token's own
      // claims (sub, acr) win, UserInfo is checked to be about the same subject.
      const userInfo = config.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)
        : {};
      return { ...userInfo, ...idToken };
    },
    async issuer() {
      return (await configuration()).serverMetadata().issuer;
    },
  };
}

/** A fresh attempt: random state, nonce and PKCE verifier (openid-client's generators), and where to go after. */
export function newOidcFlow(next: string): OidcFlow {
  return {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    next,
  };
}
