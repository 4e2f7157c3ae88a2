import type { NewMessageAttachment } from '@festplatz/case-engine';
import type { Context } from 'hono';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';
import type { BlobStore } from '../uploads/blob-store.ts';
import { megabytes, receiveUpload } from '../uploads/receive-upload.ts';
import { UPLOAD_MEDIA_TYPES } from '../uploads/sniff-type.ts';

// A message arrives in one request: JSON `{ body }` for text alone, or multipart/form-data with the field
// `body` and up to three files in `attachments`. One request is one message, stored atomically; there is no
// "uploaded but not yet sent" state to tie to a user and a case (a token for it would need a secret shared by
// all instances, and a bare SHA-256 must not work as a key to someone else's file).

/** At most this many files per message. */
export const MESSAGE_ATTACHMENTS_MAX = 3;
/** At most this size per file. */
export const MESSAGE_ATTACHMENT_MAX_BYTES = megabytes(10);
/** The whole request, checked while it streams in: all files at their limit plus the text and form framing. */
export const MESSAGE_REQUEST_MAX_BYTES = MESSAGE_ATTACHMENTS_MAX * MESSAGE_ATTACHMENT_MAX_BYTES + 256 * 1024;

/** A posted message before it is checked: the text as sent and the files attached. */
export interface MessageRequest {
  body: unknown;
  files: File[];
}

/** Reads a message request, JSON or multipart (see above); any other body is a 400 problem. */
export async function readMessageRequest(c: Context): Promise<MessageRequest> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type))
    return { body: asObject(await readJsonBody(c)).body, files: [] };
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch (cause) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY', cause });
  }
  // An empty file input still sends a part (no name, no bytes): that is "no file", not an empty upload.
  const files = form
    .getAll('attachments')
    .filter((part): part is File => typeof part !== 'string' && (part.size > 0 || part.name !== ''));
  return { body: form.get('body') ?? undefined, files };
}

/** A file name as it may be shown and offered for download: no path, no control characters, not too long. */
export function displayFileName(name: string): string {
  const base = name.split(/[/\\]/).at(-1) ?? '';
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return clean.slice(0, 200) || 'Anhang';
}

/**
 * Checks the number of files and stores each in the blob store (type by content, size limit, photo metadata
 * removed: receiveUpload). Files already stored stay when a later one is refused: content-addressed and
 * unreferenced, they are harmless and are written once however often they are sent again.
 */
export async function storeAttachments(
  store: BlobStore,
  files: readonly File[],
): Promise<NewMessageAttachment[]> {
  if (files.length > MESSAGE_ATTACHMENTS_MAX) {
    throw new FestplatzError('VALIDATION_FAILED', {
      issues: [{ path: '/attachments', code: 'maxItems', params: { limit: MESSAGE_ATTACHMENTS_MAX } }],
    });
  }
  const stored: NewMessageAttachment[] = [];
  for (const file of files) {
    const upload = await receiveUpload(store, file.stream(), {
      maxBytes: MESSAGE_ATTACHMENT_MAX_BYTES,
      accept: UPLOAD_MEDIA_TYPES,
    });
    stored.push({ ...upload, fileName: displayFileName(file.name) });
  }
  return stored;
}
