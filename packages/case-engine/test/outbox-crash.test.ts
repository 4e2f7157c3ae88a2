// Must-show 3 of issue 4: a crash between commit and side effect still delivers the outbox message after a
// restart, once per dedupe key. A real child process submits and is killed with SIGKILL (no cleanup, no
// graceful close); this process then opens the same SQLite file and runs the dispatcher.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../../scripts/bundle-node.mjs';
import { openDatabase } from '../src/db.ts';
import { createOutboxDispatcher } from '../src/outbox/dispatcher.ts';
import type { OutboxDelivery } from '../src/outbox/types.ts';
import { sqliteRepository } from '../src/repository/sqlite.ts';
import { type Seeded, seed } from '../src/testing/seed.ts';

const packageDir = join(import.meta.dirname, '..');
// Inside the package (git-ignored), so the bundle's external imports (better-sqlite3, drizzle-orm, xstate)
// resolve through the workspace's node_modules.
const bundleDir = join(packageDir, '.vitest-tmp');
const bundle = join(bundleDir, `outbox-crash-child-${process.pid}.mjs`);
const dirs: string[] = [];

beforeAll(async () => {
  mkdirSync(bundleDir, { recursive: true });
  await bundleForNode({ entry: join(import.meta.dirname, 'outbox-crash-child.ts'), outfile: bundle });
}, 30_000);
afterAll(() => {
  rmSync(bundle, { force: true });
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function seededFile(): Promise<{ file: string; s: Seeded }> {
  const dir = mkdtempSync(join(tmpdir(), 'festplatz-crash-'));
  dirs.push(dir);
  const file = join(dir, 'festplatz.db');
  const db = openDatabase({ file });
  const s = await seed(sqliteRepository(db));
  db.close();
  return { file, s };
}

/** Runs the child until it prints a line with `key`, then kills it with SIGKILL; resolves with that line. */
function runChildUntil(args: string[], key: string): Promise<Record<string, string>> {
  const child: ChildProcess = spawn(process.execPath, [bundle, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen: Record<string, string> = {};
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk) => {
      buffered += String(chunk);
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) Object.assign(seen, JSON.parse(line));
      if (key in seen) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && key in seen) resolve(seen);
      else reject(new Error(`child ended (${code ?? signal}) before "${key}": ${stderr}`));
    });
  });
}

function outboxRow(file: string) {
  const db = openDatabase({ file });
  try {
    return db.sqlite.prepare('SELECT dedupe_key, status, attempts, next_attempt_at FROM outbox').all() as {
      dedupe_key: string;
      status: string;
      attempts: number;
      next_attempt_at: number;
    }[];
  } finally {
    db.close();
  }
}

/** A receipt handler that records every call, so the test can count deliveries per dedupe key. */
function recordingHandler() {
  const calls: OutboxDelivery[] = [];
  return { calls, handler: (delivery: OutboxDelivery) => void calls.push(delivery) };
}

describe('outbox after a crash (SIGKILL) between commit and side effect', () => {
  it('killed right after the commit: the restarted dispatcher delivers the receipt exactly once', async () => {
    const { file, s } = await seededFile();
    const child = await runChildUntil([file, s.editionId, s.applicant.id, 'after-commit'], 'committed');
    const key = `receipt:${child.committed}`;
    expect(outboxRow(file)).toEqual([
      expect.objectContaining({ dedupe_key: key, status: 'pending', attempts: 0 }),
    ]);

    const db = openDatabase({ file });
    try {
      const receipt = recordingHandler();
      const { outbox } = sqliteRepository(db);
      const dispatcher = createOutboxDispatcher({
        store: outbox,
        handlers: { 'mail.receipt': receipt.handler },
      });
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
      // A second dispatcher (another restart) finds nothing to send either.
      await createOutboxDispatcher({
        store: outbox,
        handlers: { 'mail.receipt': receipt.handler },
      }).runOnce();
      expect(receipt.calls.map((c) => [c.dedupeKey, c.attempt])).toEqual([[key, 1]]);
      expect(receipt.calls[0]?.payload).toMatchObject({ applicationId: child.committed, tenantId: 'soest' });
    } finally {
      db.close();
    }
    expect(outboxRow(file)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1 })]);
  }, 30_000);

  it('killed inside the handler: the claim expires, then the message is delivered once more, once', async () => {
    const { file, s } = await seededFile();
    const child = await runChildUntil([file, s.editionId, s.applicant.id, 'during-delivery'], 'delivering');
    const key = `receipt:${child.committed}`;
    expect(child.delivering).toBe(key);
    const [claimed] = outboxRow(file);
    // The dead process held a 60 s lease and never reported back, so no attempt was counted.
    expect(claimed).toMatchObject({ status: 'pending', attempts: 0 });

    const db = openDatabase({ file });
    try {
      const receipt = recordingHandler();
      let now = new Date();
      const dispatcher = createOutboxDispatcher({
        store: sqliteRepository(db).outbox,
        handlers: { 'mail.receipt': receipt.handler },
        now: () => now,
      });
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 }); // still leased
      now = new Date((claimed?.next_attempt_at ?? 0) + 1);
      expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
      expect(receipt.calls.map((c) => c.dedupeKey)).toEqual([key]);
    } finally {
      db.close();
    }
  }, 30_000);
});
