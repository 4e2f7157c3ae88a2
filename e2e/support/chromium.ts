import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's Chromium lives; override with FESTPLATZ_CHROMIUM for other systems. */
export const chromiumPath = process.env.FESTPLATZ_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Under CI they must: a missing Chromium is then an error, not a skip,
 * so a broken CI image cannot pass silently.
 */
export function browserTestsEnabled(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but Chromium is missing at ${chromiumPath}; .ci/run installs it with apt-get.`);
  }
  console.warn(
    `Browser tests skipped: Chromium not found at ${chromiumPath}. ` +
      'Enable them with `apt-get install -y chromium` (Debian) or set FESTPLATZ_CHROMIUM to a Chromium binary.',
  );
  return false;
}

/** Launches headless Chromium with flags that keep it off the network (the machine has none). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
