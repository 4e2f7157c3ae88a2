import { join } from 'node:path';
import type { EventType } from '@festplatz/core';
import { type DemoProvider, startDemoProvider } from '../src/auth/oidc/demo-provider.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { OutboxMailTransport } from '../src/mail/outbox.ts';
import { OIDC_CALLBACK_PATH } from '../src/routes/oidc.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { CookieBrowser } from './cookie-browser.ts';
import { EDITION_ID, tempDb } from './support.ts';

/** The Soest edition copied to demand a trust level: same form, its own id, a bundle with `minimumTrustLevel`. */
export const STRICT_EDITION_ID = 'allerheiligenkirmes-2026-bundid';

/**
 * Festplatz over real HTTP on 127.0.0.1 (seeded Soest demo on the real clock: the provider's tokens and the
 * cookies' expiry are checked against it) signing in at a real demo OpenID provider
 * on 127.0.0.1; plus {@link STRICT_EDITION_ID}, whose form demands 'substanziell'.
 */
export async function oidcWorld() {
  const env = tempDb();
  await seedDemo(env.repo, { now: new Date() });
  await addStrictEdition(env.repo);
  const provider: DemoProvider = await startDemoProvider();
  const log: string[] = [];
  const errors: unknown[] = [];
  const server: RunningServer = await startServer({
    repo: env.repo,
    mail: new OutboxMailTransport(join(env.dir, 'outbox'), (line) => log.push(line)),
    port: 0,
    hostname: '127.0.0.1',
    logError: (_message, error) => errors.push(error),
    oidc: provider.settings,
    blobDir: join(env.dir, 'blobs'),
    assetDirs: { kernDist: null, formRuntimeDist: null, builderUiDist: null, serverPublic: null },
  });
  provider.allowRedirect(`${server.baseUrl}${OIDC_CALLBACK_PATH}`);

  /**
   * A browser signs in: Festplatz's start route, the provider's login page, the account chosen by form post, back
   * through the callback to `next`. Returns the browser, the final page and the Festplatz session cookie.
   */
  async function signIn(accountId: string, next = '/') {
    const browser = new CookieBrowser();
    const start = `${server.baseUrl}/auth/oidc/start?next=${encodeURIComponent(next)}`;
    const login = await browser.navigate(start);
    if (login.response.status !== 200) throw new Error(`login page answered ${login.response.status}`);
    const page = await login.response.text();
    const action = page.match(/<form method="post" action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no login form on the provider page:\n${page}`);
    const done = await browser.navigate(new URL(action, login.url).toString(), {
      form: { account: accountId },
    });
    const session = browser.cookie(server.baseUrl, '__Host-festplatz_session');
    return {
      browser,
      loginPage: page,
      loginUrl: login.url,
      done,
      cookie: `__Host-festplatz_session=${session}`,
    };
  }

  return {
    ...env,
    provider,
    server,
    log,
    errors,
    signIn,
    close: async () => {
      await server.close();
      await provider.close();
      env.cleanup();
    },
  };
}

async function addStrictEdition(repo: Awaited<ReturnType<typeof tempDb>>['repo']): Promise<void> {
  const record = await repo.findEdition(EDITION_ID);
  if (!record) throw new Error('setup: demo edition missing');
  const strict: EventType = {
    ...record.eventType,
    version: record.eventType.version + 1,
    form: { ...record.eventType.form, minimumTrustLevel: 'substanziell' },
  };
  const published = await repo.publishEventType(record.tenantId, strict);
  if (!published.ok) throw new Error('setup: publishing the strict bundle failed');
  await repo.saveEdition(record.tenantId, {
    ...record.edition,
    id: STRICT_EDITION_ID,
    eventTypeVersion: strict.version,
  });
}
