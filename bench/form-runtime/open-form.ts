import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { type BenchMarks, instrument } from './instrument.ts';
import type { Contender } from './pages.ts';

/** Generous upper bound per wait, so a broken page fails the run instead of hanging it. */
const PAGE_TIMEOUT_MS = 15_000;

/** A page of a contender with its form rendered, and the DevTools session that reads its CPU time. */
export interface OpenForm {
  page: Page;
  /** CPU time the page's main thread has used since the page was created, in ms (independent of other load). */
  mainThreadCpuMs(): Promise<number>;
  marks(): Promise<BenchMarks>;
}

async function cpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const threadTime = metrics.find((metric) => metric.name === 'ThreadTime');
  if (!threadTime) throw new Error('this Chromium reports no ThreadTime metric');
  return threadTime.value * 1000;
}

/** Opens the contender's page in `context` with the probes installed and waits until its form is rendered. */
export async function openForm(
  context: BrowserContext,
  baseUrl: string,
  contender: Contender,
): Promise<OpenForm> {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(instrument, {
    readySelector: contender.readySelector,
    errorsSelector: contender.errorsSelector,
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${contender.path}`);
  try {
    // Polled on a timer: a rAF loop of the benchmark would itself keep frames running.
    await page.waitForFunction(
      () => (window as unknown as { __bench: BenchMarks }).__bench.inputsFrameAt !== null,
      undefined,
      { polling: 20 },
    );
  } catch (error) {
    throw new Error(`${contender.name}: form did not render (${errors.join('; ') || String(error)})`);
  }
  return {
    page,
    mainThreadCpuMs: () => cpuMs(cdp),
    marks: () => page.evaluate(() => (window as unknown as { __bench: BenchMarks }).__bench),
  };
}
