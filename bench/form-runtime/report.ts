import type { Samples } from './bench.ts';
import type { BundleReport } from './bundle-report.ts';
import { kib, median, ms, percentile } from './stats.ts';

/** Everything one run found. */
export interface RunResults {
  machine: string;
  load: string;
  commit: string;
  festplatz: Samples;
  baseline: Samples;
  floor: Samples;
  baselineBundleGzip: number;
  bundle: BundleReport;
}

type Metric = (s: Samples) => number;

/**
 * One row: a metric with its target for Festplatz, the baseline and the floor; met = within the target and no worse
 * than the baseline.
 */
function row(
  r: RunResults,
  label: string,
  target: number | null,
  metric: Metric,
  show: (n: number) => string,
) {
  const [f, b, floor] = [metric(r.festplatz), metric(r.baseline), metric(r.floor)];
  const met = (target === null || f <= target) && f <= b;
  const targetText = target === null ? '–' : `≤ ${show(target)}`;
  const floorText = Number.isNaN(floor) ? '–' : show(floor);
  return `| ${label} | ${targetText} | ${show(f)} | ${show(b)} | ${floorText} | ${met ? 'yes' : '**no**'} |`;
}

const gzipTotal: Metric = (s) => s.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

const scriptList = (s: Samples) =>
  s.scripts.map((script) => `\`${script.url.replace(/\?.*$/, '')}\` ${kib(script.gzipBytes)}`).join(', ');

const requestList = (s: Samples) =>
  s.requests.map((q) => `\`${q.path}\` ${q.startMs.toFixed(0)}–${q.endMs.toFixed(0)}`).join(', ');

const all = (values: number[], digits: number) => values.map((n) => n.toFixed(digits)).join(' / ');

const sharedBytes = (bundle: BundleReport) =>
  bundle.elements.reduce((rest, element) => rest - element.gzipBytes, bundle.gzipBytes);

/** Prints the results as the markdown that goes into bench/RESULTS.md. */
export function printResults(r: RunResults): void {
  const { festplatz: f, baseline: b } = r;
  const lines = [
    `Machine: ${r.machine}; ${r.load}. Commit: ${r.commit}.`,
    '',
    '| metric | target | Festplatz | @rjsf/core + React | static page (floor) | met |',
    '| --- | --- | --- | --- | --- | --- |',
    row(r, 'JS loaded by the page, gzip -9', 150 * 1024, gzipTotal, kib),
    row(
      r,
      `first render: navigation → inputs in the DOM, median of ${f.inputsMs.length} cold loads`,
      200,
      (s) => median(s.inputsMs),
      ms,
    ),
    row(r, '… → first frame with the inputs laid out (median)', null, (s) => median(s.frameMs), ms),
    row(
      r,
      `validate + show errors: submit the empty form → frame with the summary, median of ${f.validateMs.length}`,
      30,
      (s) => median(s.validateMs),
      ms,
    ),
    row(r, `keystroke → next frame, median of ${f.keyMs.length} keys`, 8, (s) => median(s.keyMs), ms),
    row(r, 'keystroke → next frame, 95th percentile', null, (s) => percentile(s.keyMs, 0.95), ms),
    row(r, 'main-thread CPU until the form is rendered (median)', null, (s) => median(s.loadCpuMs), ms),
    row(r, 'main-thread CPU of validate + show (median)', null, (s) => median(s.validateCpuMs), ms),
    row(r, 'main-thread CPU per keystroke (mean)', null, (s) => s.keyCpuMs, ms),
    '',
    `Scripts loaded: Festplatz ${scriptList(f)}; baseline ${scriptList(b)}.`,
    `Form controls rendered: Festplatz ${f.controls}, baseline ${b.controls}.`,
    `Requests of the first cold load (ms after navigation start): Festplatz ${requestList(f)}; ` +
      `baseline ${requestList(b)}.`,
    `Errors listed in the summary after submitting the empty form: Festplatz ${f.summaryItems}, ` +
      `baseline ${b.summaryItems}.`,
    `Requests while typing: Festplatz ${f.requestsWhileTyping.join(', ') || 'none'}; ` +
      `baseline ${b.requestsWhileTyping.join(', ') || 'none'}.`,
    `First render, every cold load (ms): Festplatz ${all(f.inputsMs, 0)}; baseline ${all(b.inputsMs, 0)}; ` +
      `floor ${all(r.floor.inputsMs, 0)}.`,
    `Validate + show, every run (ms): Festplatz ${all(f.validateMs, 1)}; baseline ${all(b.validateMs, 1)}.`,
    '',
    `festplatz-elements.js: ${kib(r.bundle.gzipBytes)} gzip (preact/compat, Markdown as plain text); the same ` +
      `sources with React and markdown-to-jsx: ${kib(r.bundle.gzipBytesPlain)}. Baseline bundle: ` +
      `${kib(r.baselineBundleGzip)}.`,
    '',
    '| element module | adds (gzip: bundle with it minus bundle without it) |',
    '| --- | --- |',
    ...r.bundle.elements.map((e) => `| ${e.module} | ${kib(e.gzipBytes)} |`),
    `| shared by all (lit, the entry; total minus the rows above) | ${kib(sharedBytes(r.bundle))} |`,
    '',
    '| package or source folder | minified bytes in festplatz-elements.js |',
    '| --- | --- |',
    ...r.bundle.packages.slice(0, 15).map((p) => `| ${p.name} | ${kib(p.bytes)} |`),
  ];
  console.log(lines.join('\n'));
}
