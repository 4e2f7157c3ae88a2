/**
 * OpenID Connect sign-in through an identity broker (BundID, Mein Unternehmenskonto): where the provider is and
 * how Festplatz is registered there. The client secret comes from the environment only, never from the repo.
 */
export interface OidcSettings {
  /** Issuer identifier of the provider (its discovery document lives below it). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Name of the sign-in service on the button ("Mit {name} anmelden"), e.g. "BundID". */
  name: string;
  /** A demo provider (`festplatz demo`): the button says so. */
  demo?: boolean;
  /**
   * Allows plain http to the provider. Only for a provider on loopback (tests, `festplatz demo`); a real broker
   * is always https, and openid-client refuses http otherwise.
   */
  allowHttp?: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME (default "BundID"); undefined when
 * OIDC_ISSUER is unset. Refuses a half configuration and plain http to anything but loopback.
 */
export function oidcSettingsFromEnv(env: Record<string, string | undefined>): OidcSettings | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) {
    throw new Error('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is set');
  }
  const url = new URL(issuer);
  const loopback = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback) {
    throw new Error(`OIDC_ISSUER must be an https URL (plain http only on loopback), got ${issuer}`);
  }
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'BundID', allowHttp: loopback };
}
