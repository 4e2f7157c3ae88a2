import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open as openFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** A stored blob: its SHA-256 (hex, the name it is stored under) and its size in bytes. */
export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * Content-addressed file storage for uploads (SEC-2: storage names are not the applicant's file names and lie
 * outside any web root). The same content is stored once, however often and under whatever name it arrives.
 */
export interface BlobStore {
  /**
   * Streams `content` into the store while hashing it. Written to a temp file, fsynced, then renamed to
   * `<dir>/<first two hex digits>/<sha256>`, so a crash never leaves a half file under a valid name. When
   * `content` throws (e.g. a size limit), the temp file is removed and the error passes through.
   */
  put(content: AsyncIterable<Uint8Array> | Uint8Array): Promise<StoredBlob>;
  /** The content of a blob as a web stream, or null when no blob has this hash. */
  open(sha256: string): Promise<ReadableStream<Uint8Array> | null>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

async function* chunksOf(content: AsyncIterable<Uint8Array> | Uint8Array): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array) yield content;
  else yield* content;
}

/** A {@link BlobStore} in the directory `dir` (created on first write). */
export function blobStore(dir: string): BlobStore {
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);
  // Temp files live inside the store so that the final rename never crosses a file system.
  const tempDir = join(dir, 'tmp');

  return {
    async put(content) {
      await mkdir(tempDir, { recursive: true });
      const tempPath = join(tempDir, randomUUID());
      const file = await openFile(tempPath, 'wx', 0o600);
      const hash = createHash('sha256');
      let size = 0;
      try {
        for await (const chunk of chunksOf(content)) {
          hash.update(chunk);
          size += chunk.byteLength;
          await file.write(chunk);
        }
        // Durable before it gets its name: the database row that refers to it is committed after this.
        await file.sync();
      } catch (error) {
        await file.close();
        await rm(tempPath, { force: true });
        throw error;
      }
      await file.close();
      const sha256 = hash.digest('hex');
      const target = pathOf(sha256);
      if (await exists(target)) {
        await rm(tempPath, { force: true });
      } else {
        await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
        await rename(tempPath, target);
        await syncDir(join(dir, sha256.slice(0, 2)));
      }
      return { sha256, size };
    },

    async open(sha256) {
      // The hash becomes a path: anything but 64 hex digits could walk out of the store.
      if (!SHA256_HEX.test(sha256)) return null;
      const path = pathOf(sha256);
      if (!(await exists(path))) return null;
      return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false; // missing (or unreadable, which the following open reports)
  }
}

// The rename is only durable once the directory entry is on disk too.
async function syncDir(path: string): Promise<void> {
  const handle = await openFile(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
