import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Repository, StoredDocument } from '@festplatz/case-engine';
import { blobStore } from '../uploads/blob-store.ts';
import { sniffType } from '../uploads/sniff-type.ts';
import { soestExampleDir } from './seed.ts';
import type { DemoHistory } from './seed-history.ts';

/** The demo insurer's confirmation (examples/soest-kirmes/history, a generated PDF marked as demo). */
const FILE_NAME = 'haftpflichtversicherung-demir.pdf';
const KIND_ID = 'liability_insurance';
/** Runs past the 2026 Kirmes (set-up from 31 October 2026), so "apply again" offers it (DOC-2). */
const VALID_FROM = '2025-04-01';
const VALID_UNTIL = '2027-03-31';
const UPLOADED_AT = new Date('2025-01-20T09:25:00Z');

/**
 * Gives Aylin Demir's 2025 application its liability insurance, stored like an upload: the bytes in the blob
 * store (content-addressed, so a restart writes the same file again under the same name) and the row through the
 * DocumentStore. Idempotent: when the case already holds this kind, nothing is added.
 */
export async function seedDemoHistoryDocuments(
  repo: Repository,
  history: DemoHistory,
  blobDir: string,
  exampleDir = soestExampleDir(),
): Promise<StoredDocument> {
  const user = await repo.ensureUser(history.applicantEmail);
  const app = await repo.findApplicantApplication(user.id, history.applicationId);
  if (!app) throw new Error('demo history: the 2025 application is missing');
  const existing = (await repo.documents.list(app.id)).find((doc) => doc.kindId === KIND_ID);
  if (existing) return existing;
  const bytes = new Uint8Array(await readFile(join(exampleDir, 'history', FILE_NAME)));
  const mediaType = sniffType(bytes);
  if (mediaType !== 'application/pdf') throw new Error(`demo history: ${FILE_NAME} is not a PDF`);
  const blob = await blobStore(blobDir).put(bytes);
  return repo.documents.add({
    tenantId: app.tenantId,
    applicationId: app.id,
    applicantId: app.applicantId,
    kindId: KIND_ID,
    blob: { sha256: blob.sha256, mediaType, size: blob.size },
    fileName: FILE_NAME,
    validFrom: VALID_FROM,
    validUntil: VALID_UNTIL,
    now: UPLOADED_AT,
  });
}
