import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type OidcContext } from 'oidc-provider';
import { OIDC_SCOPE } from './client.ts';
import { DEMO_ACCOUNTS, type DemoAccount, demoClaims } from './demo-accounts.ts';
import { demoLoginPage } from './demo-login-page.ts';
import type { OidcSettings } from './settings.ts';

/** A running demo OpenID provider on 127.0.0.1 and how Festplatz is registered with it. */
export interface DemoProvider {
  issuer: string;
  /** OidcSettings for the app: a random client secret per run, so none is ever written down. */
  settings: OidcSettings;
  accounts: readonly DemoAccount[];
  /**
   * Registers Festplatz's callback URL. The provider answers 503 until then, because the app's address is only
   * known once it listens (port 0 in tests).
   */
  allowRedirect(redirectUri: string): void;
  close(): Promise<void>;
}

const CLIENT_ID = 'festplatz-demo';
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;

/** A fresh signing key for the ID tokens of this run (oidc-provider's built-in key is for quick starts only). */
function signingKeys() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'demo-1', use: 'sig', alg: 'RS256' }] };
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

function configuration(redirectUri: string, clientSecret: string) {
  return {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Which claims each scope releases. `acr` (set per account at login, below) goes into every ID token, as
    // brokers such as Keycloak do; oidc-provider would otherwise add it only when the client asks for it.
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'acr'],
      email: ['email', 'email_verified'],
      organisation: ['organisation_name', 'organisation_id', 'organisation_role'],
    },
    acrValues: ['STORK-QAA-Level-3', 'STORK-QAA-Level-4'],
    scopes: OIDC_SCOPE.split(' '),
    findAccount: (_ctx: unknown, sub: string) => {
      const account = DEMO_ACCOUNTS.find((a) => a.id === sub);
      return account ? { accountId: sub, claims: () => demoClaims(account) } : undefined;
    },
    // Festplatz is the only (first-party) client: no consent screen, the grant covers the scopes it asks for.
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, result, provider } = ctx.oidc;
      if (!client || !session) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(OIDC_SCOPE);
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: signingKeys(),
  };
}

/** The login page (GET), the login (POST .../login) and the cancel button (POST .../abort). */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, action?: string) {
  const details = await provider.interactionDetails(req, res);
  if (!action) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(demoLoginPage(details.uid, DEMO_ACCOUNTS));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  const form = await readForm(req);
  const account = DEMO_ACCOUNTS.find((a) => a.id === form.get('account'));
  const result =
    action === 'abort' || !account
      ? { error: 'access_denied', error_description: 'Die Anmeldung wurde abgebrochen.' }
      : { login: { accountId: account.id, acr: account.acr, remember: false } };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

/**
 * Starts a real OpenID provider (oidc-provider, in-memory storage) on 127.0.0.1 at a free port, with the
 * {@link DEMO_ACCOUNTS} and its own accessible login page. For tests and `festplatz demo`, never production.
 */
export async function startDemoProvider(options: { port?: number } = {}): Promise<DemoProvider> {
  let provider: Provider | null = null;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const clientSecret = randomBytes(24).toString('base64url');
  const server: Server = createServer((req, res) => {
    if (!provider || !handle) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('starting');
      return;
    }
    const match = INTERACTION.exec(new URL(req.url ?? '/', 'http://demo').pathname);
    if (!match) {
      handle(req, res);
      return;
    }
    interaction(provider, req, res, match[2]).catch((error: unknown) => {
      // An expired or foreign interaction (its cookie is missing): a plain page, as a real service would show.
      if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Anmeldung nicht möglich: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    settings: { issuer, clientId: CLIENT_ID, clientSecret, name: 'BundID', demo: true, allowHttp: true },
    accounts: DEMO_ACCOUNTS,
    allowRedirect(redirectUri) {
      provider = new Provider(issuer, configuration(redirectUri, clientSecret));
      handle = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
