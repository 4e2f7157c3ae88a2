import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Repository, submitApplication } from '@festplatz/case-engine';
import { parseEdition } from '@festplatz/core';
import { soestExampleDir } from './seed.ts';

/** What {@link seedDemoHistory} set up, for the console and for tests. */
export interface DemoHistory {
  editionId: string;
  applicantEmail: string;
  applicationId: string;
}

/** Aylin Demir handed in her 2025 application during that year's real application period. */
const SUBMITTED_AT = new Date('2025-01-20T09:30:00Z');
/** The same key on every start: a restart of the demo finds the application instead of storing it again. */
const IDEMPOTENCY_KEY = 'demo-history-allerheiligenkirmes-2025';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The demo's past (examples/soest-kirmes/history, see its README): the Allerheiligenkirmes 2025 with its real,
 * closed period and one application submitted to it, so "apply again" can be shown on the 2026 form. Run after
 * {@link seedDemo} (the tenant and the event type must exist); idempotent.
 */
export async function seedDemoHistory(
  repo: Repository,
  exampleDir = soestExampleDir(),
): Promise<DemoHistory> {
  const file = join(exampleDir, 'history', 'allerheiligenkirmes-2025.json');
  const parsed = parseEdition(readJson(file));
  if (!parsed.ok) throw new Error(`${file} is invalid; run \`festplatz validate ${file}\` for details`);
  const edition = parsed.value;
  const tenant = readJson(join(exampleDir, 'tenant.json')) as { id: string };
  await repo.saveEdition(tenant.id, edition, undefined, SUBMITTED_AT);
  const data = readJson(join(exampleDir, 'samples', 'allerheiligenkirmes-imbiss-application.json')) as {
    applicant: { email: string };
  };
  const applicant = await repo.ensureUser(data.applicant.email);
  const result = await submitApplication(repo, {
    editionId: edition.id,
    applicantId: applicant.id,
    data,
    now: SUBMITTED_AT,
    idempotencyKey: IDEMPOTENCY_KEY,
  });
  if (!result.ok) throw new Error(`demo history: the 2025 application was refused (${result.error.code})`);
  return { editionId: edition.id, applicantEmail: applicant.email, applicationId: result.value.id };
}
