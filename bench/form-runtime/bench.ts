// Form-runtime benchmark (issue 5): the Soest form in headless Chromium, Festplatz's <festplatz-application-form>
// against plain @rjsf/core + React, in the same run and on the same pages (same stylesheets, same form JSON from the
// same real `festplatz demo` process, through one loopback harness server), plus a static page as the floor:
// - JS gzip size: every script the page loads (for Festplatz the element bundle and the precompiled validator);
// - first render: navigation start → first form input in the DOM, median of cold loads (new browser context each);
// - validate+show: click on submit of the empty form → the frame showing the error summary, median;
// - keystroke: keydown → the next animation frame (after layout) while typing in a text field, median.
// Run: node bench/run.mjs form-runtime   Sizes: BENCH_LOADS (15), BENCH_VALIDATIONS (10), BENCH_KEYS (60).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../e2e/support/chromium.ts';
import { type DemoServer, startDemoServer } from '../../e2e/support/demo-server.ts';
import { bundleInMemory } from './browser-bundle.ts';
import { bundleReport, gzipSize } from './bundle-report.ts';
import { type Harness, startHarness } from './harness-server.ts';
import { currentCommit, machineLine } from './machine.ts';
import { coldLoad, keystrokes, type LoadedScript, type TimedRequest, validateAndShow } from './measure.ts';
import { baseline, type Contender, festplatz, floor } from './pages.ts';
import { printResults } from './report.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const VALIDATIONS = Number(process.env.BENCH_VALIDATIONS ?? 10);
const KEYS = Number(process.env.BENCH_KEYS ?? 60);
/** The whole run must finish within this; a hang fails it instead of blocking a terminal. */
const RUN_LIMIT_MS = 15 * 60_000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const contenders = [festplatz, baseline, floor] as const;

/** Raw samples of one contender. */
export interface Samples {
  scripts: LoadedScript[];
  /** Of the first measured cold load. */
  controls: number;
  requests: TimedRequest[];
  inputsMs: number[];
  frameMs: number[];
  /** Main-thread CPU time per cold load, per validation, per key (see open-form.ts). */
  loadCpuMs: number[];
  validateCpuMs: number[];
  keyCpuMs: number;
  validateMs: number[];
  summaryItems: number;
  /** Requests the page made while the keys were typed (e.g. a draft autosave). */
  requestsWhileTyping: string[];
  keyMs: number[];
}

const emptySamples = (): Samples => ({
  scripts: [],
  controls: 0,
  requests: [],
  inputsMs: [],
  frameMs: [],
  loadCpuMs: [],
  validateCpuMs: [],
  keyCpuMs: Number.NaN,
  validateMs: [],
  summaryItems: 0,
  requestsWhileTyping: [],
  keyMs: [],
});

/** What runs and must be stopped at the end, also when the run fails or times out. */
const running: { server?: DemoServer; harness?: Harness; browser?: Browser } = {};

async function stopAll(): Promise<void> {
  await running.browser?.close();
  await running.harness?.stop();
  await running.server?.stop();
}

async function measure(baseUrl: string, browser: Browser): Promise<Map<Contender, Samples>> {
  const samples = new Map<Contender, Samples>(contenders.map((c) => [c, emptySamples()]));
  const of = (contender: Contender) => samples.get(contender) as Samples;
  // Warm-up, not counted: the server compiles the validator once, Chromium starts its processes.
  for (const contender of contenders) await coldLoad(browser, baseUrl, contender);
  // Interleaved, so a slow phase of the machine hits all alike.
  for (let i = 0; i < LOADS; i++) {
    for (const contender of contenders) {
      const load = await coldLoad(browser, baseUrl, contender);
      if (i === 0)
        Object.assign(of(contender), {
          scripts: load.scripts,
          controls: load.controls,
          requests: load.requests,
        });
      of(contender).inputsMs.push(load.inputsMs);
      of(contender).frameMs.push(load.frameMs);
      of(contender).loadCpuMs.push(load.cpuMs);
    }
  }
  for (const contender of contenders) {
    const context = await browser.newContext({ locale: 'de-DE' });
    try {
      for (let i = 0; contender.errorsSelector && i < VALIDATIONS; i++) {
        const shown = await validateAndShow(context, baseUrl, contender);
        of(contender).validateMs.push(shown.ms);
        of(contender).validateCpuMs.push(shown.cpuMs);
        of(contender).summaryItems = shown.summaryItems;
      }
      const typed = await keystrokes(context, baseUrl, contender, KEYS);
      of(contender).keyMs = typed.ms;
      of(contender).keyCpuMs = typed.cpuPerKeyMs;
      of(contender).requestsWhileTyping = typed.requests;
    } finally {
      await context.close();
    }
  }
  return samples;
}

async function run(): Promise<void> {
  // The element bundle and the CLI the demo serves must be what the current sources build to.
  execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
  const baselineBundle = await bundleInMemory(root, 'bench/form-runtime/baseline/entry.tsx');
  const loadBefore = loadavg()[0] ?? 0;
  running.server = await startDemoServer();
  running.harness = await startHarness(
    running.server.baseUrl,
    Object.fromEntries(contenders.map((c) => [c.path, c.page])),
    { '/baseline.js': new TextDecoder().decode(baselineBundle.code) },
  );
  running.browser = await launchChromium();
  const samples = await measure(running.harness.baseUrl, running.browser);
  const loadAfter = loadavg()[0] ?? 0;
  printResults({
    machine: machineLine(running.browser.version()),
    load: `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    commit: currentCommit(root),
    festplatz: samples.get(festplatz) as Samples,
    baseline: samples.get(baseline) as Samples,
    floor: samples.get(floor) as Samples,
    baselineBundleGzip: gzipSize(baselineBundle.code),
    bundle: await bundleReport(root),
  });
}

let watchdog: NodeJS.Timeout | undefined;
try {
  await Promise.race([
    run(),
    new Promise<never>((_, reject) => {
      watchdog = setTimeout(
        () => reject(new Error(`benchmark exceeded ${RUN_LIMIT_MS / 60_000} min`)),
        RUN_LIMIT_MS,
      );
    }),
  ]);
} finally {
  clearTimeout(watchdog);
  await stopAll();
}
