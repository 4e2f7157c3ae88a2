import { FestplatzError } from '../errors/festplatz-error.ts';
import type { BlobStore } from './blob-store.ts';
import { concatBytes } from './concat-bytes.ts';
import {
  mediaTypeNames,
  SNIFF_BYTES,
  sniffType,
  UPLOAD_MEDIA_TYPES,
  type UploadMediaType,
} from './sniff-type.ts';
import { stripMetadata } from './strip-metadata.ts';

/** What an accepted upload became: the stored blob and the media type found in its content. */
export interface ReceivedUpload {
  sha256: string;
  /** Bytes stored (for photos: after their metadata was removed). */
  size: number;
  mediaType: UploadMediaType;
}

/** The limits of one upload: at most `maxBytes` received, one of `accept` (media types) by content. */
export interface UploadLimits {
  maxBytes: number;
  accept: readonly string[];
}

const BYTES_PER_MB = 1024 * 1024;

/** Megabytes as bytes, the unit of a document kind's `maxSizeMb` (binary MB, as file managers count). */
export function megabytes(mb: number): number {
  return Math.floor(mb * BYTES_PER_MB);
}

/** The refusal of a file larger than `maxBytes` (413), naming the limit in MB. */
export function fileTooLarge(maxBytes: number, scope: 'file' | 'application' = 'file'): FestplatzError {
  const limitMb = Math.round((maxBytes / BYTES_PER_MB) * 10) / 10;
  return new FestplatzError('PAYLOAD_TOO_LARGE', { details: { limitMb, scope } });
}

function wrongType(accept: readonly string[]): FestplatzError {
  const allowed = UPLOAD_MEDIA_TYPES.filter((t) => accept.includes(t));
  return new FestplatzError('UNSUPPORTED_FILE_TYPE', {
    details: { accept: allowed, allowed: mediaTypeNames(allowed) },
  });
}

/**
 * Receives one uploaded file (SEC-2, DS-4): reads `body` as it streams in and stops reading as soon as more
 * than `maxBytes` arrived (413), decides the type from the first bytes and refuses anything not in `accept`
 * (415, before the rest is read), strips photo metadata (Exif/GPS, XMP, IPTC; text chunks of PNG), and stores
 * the result in `store` under its SHA-256. PDFs stream straight to the store; images are held in memory (at
 * most `maxBytes`) because their metadata can only be cut out once the segments are known.
 */
export async function receiveUpload(
  store: BlobStore,
  body: ReadableStream<Uint8Array> | null,
  limits: UploadLimits,
): Promise<ReceivedUpload> {
  if (!body) throw new FestplatzError('BAD_REQUEST', { reason: 'EMPTY_UPLOAD' });
  const reader = body.getReader();
  let received = 0;
  const next = async (): Promise<Uint8Array | null> => {
    const { done, value } = await reader.read();
    if (done) return null;
    received += value.byteLength;
    if (received > limits.maxBytes) {
      // Stop reading: a client sending gigabytes must not keep the server busy.
      await reader.cancel();
      throw fileTooLarge(limits.maxBytes);
    }
    return value;
  };

  const head: Uint8Array[] = [];
  let headLength = 0;
  while (headLength < SNIFF_BYTES) {
    const chunk = await next();
    if (!chunk) break;
    head.push(chunk);
    headLength += chunk.byteLength;
  }
  if (headLength === 0) throw new FestplatzError('BAD_REQUEST', { reason: 'EMPTY_UPLOAD' });
  const first = concatBytes(head);
  const mediaType = sniffType(first);
  if (!mediaType || !limits.accept.includes(mediaType)) {
    await reader.cancel();
    throw wrongType(limits.accept);
  }

  async function* rest(): AsyncIterable<Uint8Array> {
    yield first;
    for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
  }

  if (mediaType === 'application/pdf') {
    const stored = await store.put(rest());
    return { ...stored, mediaType };
  }
  const whole: Uint8Array[] = [];
  for await (const chunk of rest()) whole.push(chunk);
  const stripped = stripMetadata(mediaType, concatBytes(whole));
  // A photo whose structure is broken is not a JPEG/PNG we can vouch for (nor strip): refused like a wrong type.
  if (!stripped) throw wrongType(limits.accept);
  const stored = await store.put(stripped);
  return { ...stored, mediaType };
}
