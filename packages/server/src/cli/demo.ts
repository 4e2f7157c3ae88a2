import { join } from 'node:path';
import { seedDemo } from '../demo/seed.ts';
import { seedDemoHistory } from '../demo/seed-history.ts';
import { seedDemoHistoryDocuments } from '../demo/seed-history-documents.ts';
import { messages } from '../i18n/index.ts';
import { serveConfig } from './config.ts';
import { demoSignInService } from './demo-sign-in-service.ts';
import type { CliIo } from './io.ts';
import { runServer } from './run-server.ts';

/**
 * `festplatz demo`: sets up the Soest example (idempotently; the application period is shifted so that
 * applying works today), prints where to go and how to sign in, then serves.
 */
export async function demoCommand(_args: string[], io: CliIo): Promise<number> {
  const config = serveConfig(io.env);
  const t = messages(config.lang).cli;
  let staff: string[] = [];
  let returning = '';
  // The BundID stand-in (unless OIDC_* names a real provider); stopped with the server.
  const signInService = await demoSignInService(config, io);
  return runServer(signInService?.config ?? config, io, {
    seed: async (repo) => {
      const seeded = await seedDemo(repo, { now: new Date() });
      staff = seeded.staff.map((s) => `${s.email} (${s.role})`);
      const history = await seedDemoHistory(repo);
      // The same blob directory the server reads (run-server.ts), so the seeded proof can be downloaded and reused.
      await seedDemoHistoryDocuments(repo, history, join(config.dataDir, 'blobs'));
      returning = history.applicantEmail;
    },
    started: (server) => {
      io.out('');
      io.out(t.demoReady);
      io.out(t.demoPortal(`${server.baseUrl}/`));
      io.out(t.demoAdmin(`${server.baseUrl}/admin`));
      for (const s of staff) io.out(t.demoStaff(s));
      io.out(t.demoApplyAgain(returning));
      io.out(config.smtp ? t.demoSignInSmtp : `${t.demoSignIn} ${config.outboxDir}`);
      signInService?.started(server);
      io.out('');
    },
  }).finally(() => signInService?.close());
}
