// Case-engine benchmark (issue 4), in-process on a real SQLite file (WAL, synchronous=FULL):
// - submits/s: ajv validation against the pinned form + lifecycle transition + hash-chained event + outbox row,
//   one transaction each;
// - full-lifecycle cases/s: submit and the ten staff commands up to `archived` (12 events per case);
// - verification of the audit chains over 100,000 events.
// Run: node bench/run.mjs case-engine   (BENCH_SUBMITS, BENCH_CASES, BENCH_EVENTS override the sizes)
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  admit,
  archive,
  type CaseCommand,
  type CommandResult,
  completeReview,
  confirm,
  documentsProvided,
  ensureUser,
  type FestplatzDb,
  issueNotice,
  openDatabase,
  publishEventType,
  recordPayment,
  requestDocuments,
  requestPayment,
  saveEdition,
  startReview,
  submitApplication,
  upsertTenant,
  verifyAuditChains,
} from '@festplatz/case-engine';
import { parseEdition, parseEventType } from '@festplatz/core';

const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 5000);
const CASES = Number(process.env.BENCH_CASES ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const ROUNDS = 3;
const examples = new URL('../../examples/soest-kirmes/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, examples), 'utf8'));

function checked<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) throw new Error(`invalid example: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function ok<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`command failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const bundle = checked(parseEventType(readJson('allerheiligenkirmes.bundle.json')));
const edition = checked(parseEdition(readJson('editions/allerheiligenkirmes-2026.json')));
const sample = readJson('samples/ride-application.json');
// Inside the real application period (DATE-1), so no shifting is needed.
const now = new Date('2026-01-15T10:00:00+01:00');
const later = new Date('2026-06-01T10:00:00+02:00');

let files = 0;
function freshDb(): { db: FestplatzDb; staffId: string } {
  const db = openDatabase({ file: join(process.env.BENCH_TMP ?? '.', `bench-${files++}.db`) });
  upsertTenant(db, { id: 'soest', name: { de: 'Stadt Soest' } });
  publishEventType(db, 'soest', bundle, now);
  saveEdition(db, 'soest', edition, undefined, now);
  return { db, staffId: ensureUser(db, 'kirmesbuero@soest.example').id };
}

function submitAll(db: FestplatzDb, count: number, offset = 0): string[] {
  const applicants = Array.from(
    { length: count },
    (_, i) => ensureUser(db, `bench-${offset + i}@example.org`).id,
  );
  return applicants.map(
    (applicantId) => ok(submitApplication(db, { editionId: edition.id, applicantId, data: sample, now })).id,
  );
}

/** The ten staff commands from `submitted` to `archived` (documentReview and payment are on in the Soest bundle). */
function runLifecycle(db: FestplatzDb, staffId: string, applicationId: string): void {
  const cmd = (): CaseCommand => ({ tenantId: 'soest', applicationId, actorId: staffId, now: later });
  ok(startReview(db, cmd()));
  ok(requestDocuments(db, { ...cmd(), documents: ['liability_insurance'], dueAt: new Date('2026-07-01') }));
  ok(documentsProvided(db, { ...cmd(), documents: ['liability_insurance'] }));
  ok(completeReview(db, cmd()));
  ok(admit(db, cmd()));
  ok(issueNotice(db, cmd()));
  ok(
    requestPayment(db, { ...cmd(), amountCents: 274000, dueAt: new Date('2026-10-15'), kassenzeichen: 'K1' }),
  );
  ok(recordPayment(db, { ...cmd(), amountCents: 274000, reference: 'K1' }));
  ok(confirm(db, cmd()));
  ok(archive(db, cmd()));
}

function perSecond(count: number, run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

function median(run: () => number): { median: number; runs: number[] } {
  const runs = Array.from({ length: ROUNDS }, run).sort((a, b) => a - b);
  return { median: runs[Math.floor(ROUNDS / 2)] ?? 0, runs };
}

function report(label: string, unit: string, result: { median: number; runs: number[] }) {
  const runs = result.runs.map((r) => r.toFixed(0)).join(' / ');
  console.log(`| ${label} | ${result.median.toFixed(0)} ${unit} | ${runs} |`);
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log('| measurement (SQLite) | median | runs |');
console.log('| --- | --- | --- |');

report(
  `submits (${SUBMITS} per run)`,
  'submits/s',
  median(() => {
    const { db } = freshDb();
    const applicants = Array.from({ length: SUBMITS }, (_, i) => ensureUser(db, `bench-${i}@example.org`).id);
    const rate = perSecond(SUBMITS, () => {
      for (const applicantId of applicants) {
        ok(submitApplication(db, { editionId: edition.id, applicantId, data: sample, now }));
      }
    });
    db.close();
    return rate;
  }),
);

report(
  `full lifecycles, submit to archived (${CASES} per run)`,
  'cases/s',
  median(() => {
    const { db, staffId } = freshDb();
    const applicants = Array.from({ length: CASES }, (_, i) => ensureUser(db, `bench-${i}@example.org`).id);
    const rate = perSecond(CASES, () => {
      for (const applicantId of applicants) {
        const id = ok(submitApplication(db, { editionId: edition.id, applicantId, data: sample, now })).id;
        runLifecycle(db, staffId, id);
      }
    });
    db.close();
    return rate;
  }),
);

{
  // 100,000 events = full cases of 12 events (created, submitted, ten staff events) + submitted-only cases of 2.
  const { db, staffId } = freshDb();
  const fullCases = Math.floor(EVENTS / 12);
  for (const id of submitAll(db, fullCases)) runLifecycle(db, staffId, id);
  submitAll(db, Math.ceil((EVENTS - fullCases * 12) / 2), fullCases);
  let events = 0;
  report(
    `audit chain verification (${EVENTS.toLocaleString('en')} events)`,
    'events/s',
    median(() =>
      perSecond(EVENTS, () => {
        const verification = verifyAuditChains(db);
        if (!verification.ok) throw new Error('audit chain broken in the benchmark database');
        events = verification.events;
      }),
    ),
  );
  console.log(`(verified ${events} events in ${fullCases} full cases)`);
  db.close();
}
