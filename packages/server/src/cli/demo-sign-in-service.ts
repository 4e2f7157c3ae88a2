import { type DemoProvider, startDemoProvider } from '../auth/oidc/demo-provider.ts';
import { trustLevelFromAcr } from '../auth/oidc/trust-level.ts';
import { messages } from '../i18n/index.ts';
import { OIDC_CALLBACK_PATH } from '../routes/oidc.ts';
import type { RunningServer } from '../server.ts';
import type { ServeConfig } from './config.ts';
import type { CliIo } from './io.ts';

/** The demo's BundID stand-in while `festplatz demo` runs. */
export interface DemoSignInService {
  /** The server configuration with the demo provider as its OpenID provider. */
  config: ServeConfig;
  /** Registers the server's callback at the provider and names the demo accounts on the console. */
  started(server: RunningServer): void;
  close(): Promise<void>;
}

/**
 * Starts the demo OpenID provider on 127.0.0.1 (a free port) for `festplatz demo`, so "Mit BundID anmelden (Demo)"
 * works without any account anywhere; null when OIDC_ISSUER configures a real provider, which then wins.
 */
export async function demoSignInService(config: ServeConfig, io: CliIo): Promise<DemoSignInService | null> {
  if (config.oidc) return null;
  const provider: DemoProvider = await startDemoProvider();
  const t = messages(config.lang).oidc;
  return {
    config: { ...config, oidc: provider.settings },
    started(server) {
      provider.allowRedirect(`${server.baseUrl}${OIDC_CALLBACK_PATH}`);
      io.out(t.cli.provider(provider.issuer));
      io.out(t.cli.accounts);
      for (const account of provider.accounts) {
        io.out(t.cli.account({ label: account.label, level: t.levels[trustLevelFromAcr(account.acr)] }));
      }
    },
    close: () => provider.close(),
  };
}
