// Child process of outbox-crash.test.ts (bundled with esbuild, run with node, then killed with SIGKILL).
// argv: <db file> <editionId> <applicantId> <mode>; mode 'after-commit' stops right after the submission
// committed; 'during-delivery' also claims the receipt and hangs inside the handler (the mail never leaves).
import { submitApplication } from '../src/applications/submit.ts';
import { openDatabase } from '../src/db.ts';
import { createOutboxDispatcher } from '../src/outbox/dispatcher.ts';
import { sqliteRepository } from '../src/repository/sqlite.ts';
import { DURING_PERIOD, validData } from '../src/testing/fixtures.ts';

const [file, editionId, applicantId, mode] = process.argv.slice(2);
if (!file || !editionId || !applicantId) throw new Error('usage: <db file> <editionId> <applicantId> <mode>');

const repo = sqliteRepository(openDatabase({ file }));
const result = await submitApplication(repo, {
  editionId,
  applicantId,
  data: validData(),
  now: DURING_PERIOD,
});
if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.error)}`);
process.stdout.write(`${JSON.stringify({ committed: result.value.id })}\n`);

if (mode === 'during-delivery') {
  const dispatcher = createOutboxDispatcher({
    store: repo.outbox,
    leaseMs: 60_000,
    handlers: {
      'mail.receipt': (delivery) => {
        process.stdout.write(`${JSON.stringify({ delivering: delivery.dedupeKey })}\n`);
        return new Promise<void>(() => {}); // never settles: the process dies in the middle of the side effect
      },
    },
  });
  void dispatcher.runOnce();
}
// Stay alive until the parent kills us; the dispatcher of the real server would run here.
setInterval(() => {}, 1000);
