import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import type { BenchMarks } from './instrument.ts';
import { openForm } from './open-form.ts';
import { type Contender, TEXT_FIELD_ID } from './pages.ts';

/** One script the page loaded: where from, its size as sent and gzipped (level 9). */
export interface LoadedScript {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** One request of the page, in ms after navigation start (Resource Timing). */
export interface TimedRequest {
  path: string;
  startMs: number;
  endMs: number;
}

/** What one cold load measured. */
export interface ColdLoad {
  inputsMs: number;
  frameMs: number;
  /** Main-thread CPU time of the page until its form was rendered (and the benchmark asked). */
  cpuMs: number;
  scripts: LoadedScript[];
  /** Form controls on the page once the form is rendered (a wizard shows only its first page). */
  controls: number;
  requests: TimedRequest[];
}

/** Poll on a timer, not per animation frame: a rAF loop of the benchmark would itself keep frames running. */
const POLL = { polling: 20 };

/** A cold load: new browser context (empty cache), navigation start → inputs present / their frame. */
export async function coldLoad(browser: Browser, baseUrl: string, contender: Contender): Promise<ColdLoad> {
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const pending: Promise<LoadedScript>[] = [];
    context.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then((body) => ({
          url: new URL(response.url()).pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    const form = await openForm(context, baseUrl, contender);
    const cpuMs = await form.mainThreadCpuMs();
    const marks = await form.marks();
    return {
      inputsMs: marks.inputsAt ?? Number.NaN,
      frameMs: marks.inputsFrameAt ?? Number.NaN,
      cpuMs,
      scripts: await Promise.all(pending),
      controls: await form.page.locator('main input, main select, main textarea').count(),
      requests: await form.page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          path: new URL(entry.name).pathname,
          startMs: entry.startTime,
          endMs: (entry as PerformanceResourceTiming).responseEnd,
        })),
      ),
    };
  } finally {
    await context.close();
  }
}

/** Clicks submit on the empty form (an invalid sample: required fields missing) → frame with the error summary. */
export async function validateAndShow(context: BrowserContext, baseUrl: string, contender: Contender) {
  const form = await openForm(context, baseUrl, contender);
  try {
    const cpuBefore = await form.mainThreadCpuMs();
    await form.page.locator('button[type="submit"]').first().click();
    await form.page.waitForFunction(
      () => (window as unknown as { __bench: BenchMarks }).__bench.validateMs !== null,
      undefined,
      POLL,
    );
    const cpuMs = (await form.mainThreadCpuMs()) - cpuBefore;
    const marks: BenchMarks = await form.marks();
    return {
      ms: marks.validateMs ?? Number.NaN,
      cpuMs,
      summaryItems: await form.page.locator(`${contender.errorsSelector} li`).count(),
    };
  } finally {
    await form.page.close();
  }
}

/**
 * Types `count` characters into the first text field, one key at a time, waiting for each key's frame before the
 * next (so keys do not queue behind each other) → keydown → next frame per key, and main-thread CPU per key.
 */
export async function keystrokes(
  context: BrowserContext,
  baseUrl: string,
  contender: Contender,
  count: number,
) {
  const form = await openForm(context, baseUrl, contender);
  try {
    const field = form.page.locator(`#${TEXT_FIELD_ID}`);
    await field.focus();
    const text = 'Erika Mustermann Schaustellerbetrieb '.repeat(Math.ceil(count / 36)).slice(0, count);
    const requests: string[] = [];
    form.page.on('request', (request) =>
      requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
    );
    const cpuBefore = await form.mainThreadCpuMs();
    for (const [index, key] of [...text].entries()) {
      await form.page.keyboard.press(key === ' ' ? 'Space' : key);
      await form.page.waitForFunction(
        (n) => (window as unknown as { __bench: BenchMarks }).__bench.keys.length >= n,
        index + 1,
        POLL,
      );
    }
    const cpuPerKeyMs = ((await form.mainThreadCpuMs()) - cpuBefore) / count;
    const typed = await field.inputValue();
    if (typed !== text) throw new Error(`${contender.name}: typed "${text}" but the field shows "${typed}"`);
    return { ms: (await form.marks()).keys.map((key) => key.ms), cpuPerKeyMs, requests };
  } finally {
    await form.page.close();
  }
}
