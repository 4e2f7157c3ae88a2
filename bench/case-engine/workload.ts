// The Soest workload of the case-engine benchmark: the Allerheiligenkirmes bundle (55-field form), its sample
// ride application, and the staff commands that take a case from `submitted` to `archived`.
import { readFileSync } from 'node:fs';
import {
  admit,
  archive,
  type CaseCommand,
  type CommandResult,
  completeReview,
  confirm,
  documentsProvided,
  issueNotice,
  type Repository,
  recordPayment,
  requestDocuments,
  requestPayment,
  startReview,
  submitApplication,
} from '@festplatz/case-engine';
import { parseEdition, parseEventType } from '@festplatz/core';

const examples = new URL('../../examples/soest-kirmes/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, examples), 'utf8'));

function checked<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) throw new Error(`invalid example: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The value of a command that must succeed; a benchmark that measures failures measures nothing. */
export function ok<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`command failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const bundle = checked(parseEventType(readJson('allerheiligenkirmes.bundle.json')));
const edition = checked(parseEdition(readJson('editions/allerheiligenkirmes-2026.json')));
const sample = readJson('samples/ride-application.json');
// Inside the real application period (DATE-1), so no shifting is needed.
const now = new Date('2026-01-15T10:00:00+01:00');
const later = new Date('2026-06-01T10:00:00+02:00');

/** Tenant, bundle and edition of the workload, and the staff member who runs the commands. */
export async function seedWorkload(repo: Repository): Promise<{ staffId: string }> {
  await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  await repo.publishEventType('soest', bundle, now);
  await repo.saveEdition('soest', edition, undefined, now);
  return { staffId: (await repo.ensureUser('kirmesbuero@soest.example')).id };
}

/** `count` applicants (created before a measurement, so that it times the submits alone). */
export async function applicants(repo: Repository, count: number, offset = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await repo.ensureUser(`bench-${offset + i}@example.org`)).id);
  return ids;
}

/** Submits the sample for one applicant; returns the case id. */
export async function submit(repo: Repository, applicantId: string): Promise<string> {
  return ok(await submitApplication(repo, { editionId: edition.id, applicantId, data: sample, now })).id;
}

/** The ten staff commands from `submitted` to `archived` (documentReview and payment are on in the bundle). */
export async function runLifecycle(repo: Repository, staffId: string, applicationId: string): Promise<void> {
  const cmd = (): CaseCommand => ({ tenantId: 'soest', applicationId, actorId: staffId, now: later });
  ok(await startReview(repo, cmd()));
  const documents = ['liability_insurance'];
  ok(await requestDocuments(repo, { ...cmd(), documents, dueAt: new Date('2026-07-01') }));
  ok(await documentsProvided(repo, { ...cmd(), documents }));
  ok(await completeReview(repo, cmd()));
  ok(await admit(repo, cmd()));
  ok(await issueNotice(repo, cmd()));
  const payment = { amountCents: 274000, dueAt: new Date('2026-10-15'), kassenzeichen: 'K1' };
  ok(await requestPayment(repo, { ...cmd(), ...payment }));
  ok(await recordPayment(repo, { ...cmd(), amountCents: payment.amountCents, reference: 'K1' }));
  ok(await confirm(repo, cmd()));
  ok(await archive(repo, cmd()));
}

/** Runs `work` over `items` with `workers` of them in flight at once (1: strictly one after another). */
export async function inParallel<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
}
