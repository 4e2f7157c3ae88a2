import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, tempDb } from '../../test/support.ts';
import { blobStore } from '../uploads/blob-store.ts';
import { seedDemo } from './seed.ts';
import { seedDemoHistory } from './seed-history.ts';
import { seedDemoHistoryDocuments } from './seed-history-documents.ts';

describe('seedDemoHistoryDocuments (the proof "apply again" offers in the demo)', () => {
  it('stores the insurance PDF in the blob store and the 2025 case once, however often the demo starts', async () => {
    const env = tempDb();
    try {
      await seedDemo(env.repo, { now: FIXED_NOW });
      const history = await seedDemoHistory(env.repo);
      const blobDir = join(env.dir, 'blobs');
      const first = await seedDemoHistoryDocuments(env.repo, history, blobDir);
      const again = await seedDemoHistoryDocuments(env.repo, await seedDemoHistory(env.repo), blobDir);
      expect(again.id).toBe(first.id);
      const docs = await env.repo.documents.list(history.applicationId);
      expect(docs.map((d) => [d.kindId, d.fileName, d.validUntil, d.mediaType])).toEqual([
        ['liability_insurance', 'haftpflichtversicherung-demir.pdf', '2027-03-31', 'application/pdf'],
      ]);
      // The bytes are really in the content-addressed store under the row's hash.
      const content = await blobStore(blobDir).open(first.blobSha256);
      const bytes = new Uint8Array(await new Response(content).arrayBuffer());
      expect(bytes.byteLength).toBe(first.size);
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    } finally {
      env.cleanup();
    }
  });
});
