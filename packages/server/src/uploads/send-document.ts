import type { StoredDocument } from '@festplatz/case-engine';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import type { BlobStore } from './blob-store.ts';
import { attachmentDisposition } from './upload-params.ts';

/**
 * Answers a document's content for download (SEC-2): always as an attachment with the type detected at upload
 * and `nosniff`, so a browser never renders or runs it in Festplatz's origin; not cached by shared caches.
 */
export async function sendDocument(
  c: Context<AppEnv>,
  store: BlobStore,
  doc: StoredDocument,
): Promise<Response> {
  const content = await store.open(doc.blobSha256);
  // The row exists but the file does not: a broken store, not a wrong id.
  if (!content) throw new FestplatzError('INTERNAL', { cause: new Error(`blob ${doc.blobSha256} missing`) });
  return c.body(content, 200, {
    'Content-Type': doc.mediaType,
    'Content-Length': String(doc.size),
    'Content-Disposition': attachmentDisposition(doc.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
