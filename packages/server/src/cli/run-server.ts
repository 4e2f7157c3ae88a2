import { join } from 'node:path';
import { createOutboxDispatcher, type OutboxDispatcher, type Repository } from '@festplatz/case-engine';
import { sessionCookieFor } from '../auth/session-cookie.ts';
import { messages } from '../i18n/index.ts';
import { outboxHandlers } from '../outbox/handlers.ts';
import { outboxLogger } from '../outbox/log.ts';
import { type RunningServer, startServer } from '../server.ts';
import type { ServeConfig } from './config.ts';
import { databaseLine, openConfiguredRepository } from './database.ts';
import type { CliIo } from './io.ts';
import { configuredMailTransport, mailLine } from './mail.ts';

/**
 * Opens the database (PostgreSQL at DATABASE_URL, else the SQLite file), runs `seed` (demo), starts the
 * server with the configured mail route (SMTP, else the dev outbox) and the outbox dispatcher (receipts,
 * lifecycle mails, timers), and serves until the stop signal; then closes the server, stops the dispatcher
 * (waiting for a delivery in progress) and closes the database (graceful shutdown).
 */
export async function runServer(
  config: ServeConfig,
  io: CliIo,
  hooks: {
    seed?: (repo: Repository) => Promise<void>;
    started?: (server: RunningServer) => void;
  } = {},
): Promise<0> {
  const t = messages(config.lang).cli;
  const database = await openConfiguredRepository(config);
  io.out(databaseLine(config, t));
  io.out(mailLine(config, t));
  const repo = database.repository;
  let server: RunningServer | null = null;
  let dispatcher: OutboxDispatcher | null = null;
  try {
    await hooks.seed?.(repo);
    const mail = configuredMailTransport(config, (line) => io.out(line));
    server = await startServer({
      repo,
      mail,
      blobDir: join(config.dataDir, 'blobs'),
      ...(config.oidc ? { oidc: config.oidc } : {}),
      port: config.port,
      hostname: config.hostname,
      embedOrigins: config.embedOrigins,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    });
    io.out(t.listening(server.baseUrl));
    if (!sessionCookieFor(server.baseUrl).secure) io.err(t.insecureSessionCookie(server.baseUrl));
    // Messages committed before a crash or restart are picked up here (at-least-once delivery); several
    // instances on one PostgreSQL database each run a dispatcher, and a claim keeps the others off a message.
    dispatcher = createOutboxDispatcher({
      store: repo.outbox,
      handlers: outboxHandlers({ repo, mail, baseUrl: server.baseUrl }),
      log: outboxLogger(io.err, t),
    });
    dispatcher.start(config.outboxIntervalMs);
    hooks.started?.(server);
    await io.stopSignal;
    io.out(t.stopping);
  } finally {
    await server?.close();
    await dispatcher?.stop();
    await database.close();
  }
  return 0;
}
