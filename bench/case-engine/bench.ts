// Case-engine benchmark (issue 4), in-process, through the async Repository (`openRepository`):
// - submits/s, one in flight and with 32 concurrent submitters: ajv validation against the pinned form +
//   lifecycle transition + two hash-chained events + the receipt outbox row, one atomic change each (on
//   SQLite, concurrent changes share a commit: group commit);
// - full-lifecycle cases/s, one case at a time and 32 at once: submit and the ten staff commands up to
//   `archived` (12 events and their action outbox rows per case);
// - verification of the audit chains over 100,000 events.
// Run: node bench/run.mjs case-engine [-- --pg <postgresql://...>]   (or BENCH_DATABASE_URL)
// Sizes: BENCH_SUBMITS, BENCH_CASES, BENCH_EVENTS, BENCH_CONCURRENCY.
import { cpus, totalmem } from 'node:os';
import type { Repository } from '@festplatz/case-engine';
import { type BenchDatabases, pgUrlFrom, postgresDatabases, sqliteDatabases } from './databases.ts';
import { applicants, inParallel, runLifecycle, seedWorkload, submit } from './workload.ts';

const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 5000);
const CASES = Number(process.env.BENCH_CASES ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROUNDS = 3;
// created + submitted + ten staff events.
const EVENTS_PER_FULL_CASE = 12;

const pgUrl = pgUrlFrom(process.argv.slice(2), process.env);
const databases: BenchDatabases = pgUrl
  ? postgresDatabases(pgUrl)
  : sqliteDatabases(process.env.BENCH_TMP ?? '.');

async function perSecond(count: number, run: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function median(run: () => Promise<number>): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await run());
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(ROUNDS / 2)] ?? 0, runs };
}

function report(label: string, unit: string, result: { median: number; runs: number[] }) {
  const runs = result.runs.map((r) => r.toFixed(0)).join(' / ');
  console.log(`| ${label} | ${result.median.toFixed(0)} ${unit} | ${runs} |`);
}

/** One measured run on a fresh database: `prepare` is not timed, `measure` is. */
async function onFreshDatabase<P>(
  prepare: (repo: Repository, staffId: string) => Promise<P>,
  measure: (repo: Repository, prepared: P) => Promise<number>,
): Promise<number> {
  const { repository, close } = await databases.open();
  try {
    const { staffId } = await seedWorkload(repository);
    return await measure(repository, await prepare(repository, staffId));
  } finally {
    await close();
  }
}

const submits = (inFlight: number) =>
  median(() =>
    onFreshDatabase(
      (repo) => applicants(repo, SUBMITS),
      (repo, ids) => perSecond(SUBMITS, () => inParallel(ids, inFlight, (id) => submit(repo, id))),
    ),
  );

const lifecycles = (inFlight: number) =>
  median(() =>
    onFreshDatabase(
      async (repo, staffId) => ({ staffId, ids: await applicants(repo, CASES) }),
      (repo, { staffId, ids }) =>
        perSecond(CASES, () =>
          inParallel(ids, inFlight, async (id) => runLifecycle(repo, staffId, await submit(repo, id))),
        ),
    ),
  );

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`| measurement (${databases.label}) | median | runs |`);
console.log('| --- | --- | --- |');
report(`submits, 1 in flight (${SUBMITS} per run)`, 'submits/s', await submits(1));
report(`submits, ${CONCURRENCY} concurrent (${SUBMITS} per run)`, 'submits/s', await submits(CONCURRENCY));
report(`full lifecycles, 1 at a time (${CASES} per run)`, 'cases/s', await lifecycles(1));
report(
  `full lifecycles, ${CONCURRENCY} concurrent (${CASES} per run)`,
  'cases/s',
  await lifecycles(CONCURRENCY),
);

{
  // 100,000 events = full cases of 12 events + submitted-only cases of 2, built concurrently (not timed).
  const { repository: repo, close } = await databases.open();
  try {
    const { staffId } = await seedWorkload(repo);
    const fullCases = Math.floor(EVENTS / EVENTS_PER_FULL_CASE);
    const submittedOnly = Math.ceil((EVENTS - fullCases * EVENTS_PER_FULL_CASE) / 2);
    const full = await applicants(repo, fullCases);
    await inParallel(full, CONCURRENCY, async (id) => runLifecycle(repo, staffId, await submit(repo, id)));
    const rest = await applicants(repo, submittedOnly, fullCases);
    await inParallel(rest, CONCURRENCY, (id) => submit(repo, id));
    let events = 0;
    const verification = await median(() =>
      perSecond(EVENTS, async () => {
        const result = await repo.verifyAuditChains();
        if (!result.ok) throw new Error('audit chain broken in the benchmark database');
        events = result.events;
      }),
    );
    report(`audit chain verification (${EVENTS.toLocaleString('en')} events)`, 'events/s', verification);
    console.log(`(verified ${events} events in ${fullCases} full cases)`);
  } finally {
    await close();
  }
}
