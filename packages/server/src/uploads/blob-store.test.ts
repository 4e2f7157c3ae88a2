import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BlobStore, blobStore } from './blob-store.ts';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8');
}

describe('blobStore', () => {
  let dir: string;
  let store: BlobStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'festplatz-blobs-'));
    store = blobStore(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = (text: string) => new TextEncoder().encode(text);
  async function* chunks(...parts: string[]) {
    for (const part of parts) yield bytes(part);
  }

  it('stores content under its SHA-256 in a two-digit folder and reads it back', async () => {
    const stored = await store.put(chunks('Hallo ', 'Soest'));
    expect(stored).toEqual({ sha256: createHash('sha256').update('Hallo Soest').digest('hex'), size: 11 });
    const file = join(dir, stored.sha256.slice(0, 2), stored.sha256);
    expect(readFileSync(file, 'utf8')).toBe('Hallo Soest');
    expect(await readAll((await store.open(stored.sha256)) as ReadableStream<Uint8Array>)).toBe(
      'Hallo Soest',
    );
  });

  it('stores the same content once, however it arrives', async () => {
    const a = await store.put(bytes('gleich'));
    const b = await store.put(chunks('gle', 'ich'));
    expect(b).toEqual(a);
    expect(readdirSync(join(dir, a.sha256.slice(0, 2)))).toEqual([a.sha256]);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('removes the temp file when the content fails midway (e.g. a size limit)', async () => {
    async function* failing() {
      yield bytes('begin');
      throw new Error('too large');
    }
    await expect(store.put(failing())).rejects.toThrow('too large');
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('answers null for an unknown hash and for anything that is not a hash (no path walking)', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
    expect(await store.open('A'.repeat(64))).toBeNull();
  });
});
