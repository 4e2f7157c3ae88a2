import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { toProblem } from '../errors/problem.ts';
import { type BlobStore, blobStore } from './blob-store.ts';
import { megabytes, receiveUpload } from './receive-upload.ts';
import {
  GPS_LATITUDE_BYTES,
  SAMPLE_JPEG,
  samplePdf,
  windowsExecutable,
  withGpsExif,
} from './testing/sample-files.ts';

const ALL = ['application/pdf', 'image/jpeg', 'image/png'];

/** A request body that delivers `bytes` in chunks of `size` and records how many chunks were pulled. */
function streamOf(bytes: Uint8Array, size = 4096) {
  const seen = { pulled: 0, cancelled: false };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      seen.pulled++;
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

async function refusal(promise: Promise<unknown>): Promise<FestplatzError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof FestplatzError)) throw new Error(`expected a FestplatzError, got ${String(error)}`);
  return error;
}

describe('receiveUpload (SEC-2, DS-4)', () => {
  let dir: string;
  let store: BlobStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'festplatz-upload-'));
    store = blobStore(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const storedFiles = () => readdirSync(dir).filter((d) => d !== 'tmp');

  it('stores a PDF streamed in small chunks, typed by content', async () => {
    const pdf = samplePdf();
    const received = await receiveUpload(store, streamOf(pdf, 7).stream, { maxBytes: 1000, accept: ALL });
    expect(received).toMatchObject({ mediaType: 'application/pdf', size: pdf.length });
    const onDisk = readFileSync(join(dir, received.sha256.slice(0, 2), received.sha256));
    expect(onDisk.equals(Buffer.from(pdf))).toBe(true);
  });

  it('strips the GPS position from a JPEG before hashing and storing it', async () => {
    const received = await receiveUpload(store, streamOf(withGpsExif(SAMPLE_JPEG), 50).stream, {
      maxBytes: megabytes(1),
      accept: ALL,
    });
    expect(received.mediaType).toBe('image/jpeg');
    const onDisk = readFileSync(join(dir, received.sha256.slice(0, 2), received.sha256));
    expect(onDisk.includes(Buffer.from(GPS_LATITUDE_BYTES))).toBe(false);
    expect(onDisk.equals(Buffer.from(SAMPLE_JPEG))).toBe(true);
    expect(received.size).toBe(SAMPLE_JPEG.length);
  });

  it('refuses an .exe renamed to .pdf after its first bytes, naming the allowed types', async () => {
    const exe = new Uint8Array(64 * 1024);
    exe.set(windowsExecutable());
    const { stream, seen } = streamOf(exe);
    const error = await refusal(receiveUpload(store, stream, { maxBytes: megabytes(10), accept: ALL }));
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    // One chunk read, at most one more queued ahead by the stream: the remaining 60 KiB were never pulled.
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(2);
    expect(toProblem(error, 'de')).toMatchObject({
      status: 415,
      detail: expect.stringContaining('Erlaubt sind hier: PDF, JPEG, PNG.'),
    });
    expect(toProblem(error, 'en').detail).toContain('Allowed here: PDF, JPEG, PNG.');
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a real JPEG where the document kind accepts only PDF', async () => {
    const error = await refusal(
      receiveUpload(store, streamOf(SAMPLE_JPEG).stream, { maxBytes: 10_000, accept: ['application/pdf'] }),
    );
    expect(toProblem(error, 'de').detail).toContain('Erlaubt sind hier: PDF.');
  });

  it('stops reading as soon as the limit is passed and stores nothing', async () => {
    const big = new Uint8Array(megabytes(3));
    big.set(samplePdf());
    const { stream, seen } = streamOf(big, 64 * 1024);
    const error = await refusal(receiveUpload(store, stream, { maxBytes: megabytes(1), accept: ALL }));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(seen.cancelled).toBe(true);
    // 16 chunks fill the 1 MB, the 17th passes it, one more may be queued: far from the 48 chunks sent.
    expect(seen.pulled).toBeLessThanOrEqual(18);
    expect(toProblem(error, 'de')).toMatchObject({ status: 413, limitMb: 1 });
    expect(toProblem(error, 'de').detail).toContain('höchstens 1 MB');
    expect(storedFiles()).toEqual([]);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses an empty body', async () => {
    expect((await refusal(receiveUpload(store, null, { maxBytes: 10, accept: ALL }))).reason).toBe(
      'EMPTY_UPLOAD',
    );
    const empty = streamOf(new Uint8Array()).stream;
    expect((await refusal(receiveUpload(store, empty, { maxBytes: 10, accept: ALL }))).reason).toBe(
      'EMPTY_UPLOAD',
    );
  });
});
