import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';

/** The running `festplatz demo` process and the Chromium of one describe block. */
export interface DemoInChromium {
  server: DemoServer;
  browser: Browser;
}

/**
 * Starts a real `festplatz demo` process and Chromium before the block's tests and stops both after them. Use
 * inside a describe block; read the returned object's fields in tests (they are set by then).
 */
export function demoInChromium(options?: Parameters<typeof startDemoServer>[0]): DemoInChromium {
  const env = {} as DemoInChromium;
  beforeAll(async () => {
    env.server = await startDemoServer(options);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
