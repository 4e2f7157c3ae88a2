import { type Backoff, exponentialBackoff } from './backoff.ts';
import type { OutboxStore } from './store.ts';
import type { OutboxHandlers, OutboxMessage } from './types.ts';

/** What the dispatcher reports (the server logs it); `error` events mean a whole run failed. */
export type OutboxLogEvent =
  | { kind: 'delivered'; id: string; handler: string; dedupeKey: string; attempts: number }
  | {
      kind: 'retry';
      id: string;
      handler: string;
      dedupeKey: string;
      attempts: number;
      error: string;
      nextAttemptAt: Date;
    }
  | { kind: 'dead'; id: string; handler: string; dedupeKey: string; attempts: number; error: string }
  | { kind: 'error'; error: string };

/** Settings of {@link createOutboxDispatcher}, besides where the messages are stored. */
export interface OutboxDispatcherSettings {
  handlers: OutboxHandlers;
  now?: () => Date;
  /** Delay after the n-th failed attempt; default exponentialBackoff() (30 s doubling, max 6 h). */
  backoff?: Backoff;
  /** After this many failed attempts a message is dead (admins can retry it); default 8. */
  maxAttempts?: number;
  log?: (event: OutboxLogEvent) => void;
  /** Messages claimed per run; default 50. */
  batchSize?: number;
  /** How long a claim keeps other dispatchers off a message; default 5 minutes. */
  leaseMs?: number;
}

/** Options of {@link createOutboxDispatcher}: the settings and where the messages are (`repo.outbox`). */
export type OutboxDispatcherOptions = OutboxDispatcherSettings & { store: OutboxStore };

/** Counts of one dispatcher run. */
export interface OutboxRunResult {
  claimed: number;
  delivered: number;
  retried: number;
  dead: number;
}

/** Delivers due outbox messages through handlers registered by name. */
export interface OutboxDispatcher {
  /** Claims due messages and delivers them one by one. */
  runOnce(): Promise<OutboxRunResult>;
  /** Runs every `intervalMs` (never overlapping) until {@link OutboxDispatcher.stop}. */
  start(intervalMs: number): void;
  /** Stops the loop and waits for a run in progress. */
  stop(): Promise<void>;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}

/**
 * Creates the outbox dispatcher (at-least-once delivery): a handler that throws is retried after
 * `backoff(attempts)`, a message whose handler name is unknown or that failed `maxAttempts` times is dead.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const { handlers, store } = options;
  const now = options.now ?? (() => new Date());
  const backoff = options.backoff ?? exponentialBackoff();
  const maxAttempts = options.maxAttempts ?? 8;
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 5 * 60 * 1000;

  async function deliver(message: OutboxMessage, result: OutboxRunResult): Promise<void> {
    const ref = { id: message.id, handler: message.handler, dedupeKey: message.dedupeKey };
    const attempts = message.attempts + 1;
    const handler = Object.hasOwn(handlers, message.handler) ? handlers[message.handler] : undefined;
    if (!handler) {
      // Retrying cannot help until someone deploys the handler; an admin retries it afterwards.
      const error = `no outbox handler is registered under the name '${message.handler}'`;
      await store.markFailed(message, error, null);
      result.dead++;
      log({ kind: 'dead', ...ref, attempts, error });
      return;
    }
    try {
      await handler({
        id: message.id,
        dedupeKey: message.dedupeKey,
        payload: message.payload,
        tenantId: message.tenantId,
        applicationId: message.applicationId,
        attempt: attempts,
      });
    } catch (thrown) {
      const error = errorText(thrown);
      if (attempts >= maxAttempts) {
        await store.markFailed(message, error, null);
        result.dead++;
        log({ kind: 'dead', ...ref, attempts, error });
      } else {
        const nextAttemptAt = new Date(now().getTime() + backoff(attempts));
        await store.markFailed(message, error, nextAttemptAt);
        result.retried++;
        log({ kind: 'retry', ...ref, attempts, error, nextAttemptAt });
      }
      return;
    }
    await store.markDelivered(message, now());
    result.delivered++;
    log({ kind: 'delivered', ...ref, attempts });
  }

  async function runOnce(): Promise<OutboxRunResult> {
    const claimed = await store.claimDue(now(), batchSize, leaseMs);
    const result: OutboxRunResult = { claimed: claimed.length, delivered: 0, retried: 0, dead: 0 };
    for (const message of claimed) await deliver(message, result);
    return result;
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  function schedule(intervalMs: number): void {
    timer = setTimeout(() => {
      running = runOnce()
        .then(
          () => {},
          (error: unknown) => log({ kind: 'error', error: errorText(error) }),
        )
        .finally(() => {
          running = null;
          if (!stopped) schedule(intervalMs);
        });
    }, intervalMs);
    // The loop alone must not keep a process alive (the HTTP server or the caller decides that).
    timer.unref();
  }

  return {
    runOnce,
    start(intervalMs) {
      if (!stopped) throw new Error('outbox dispatcher already started; call stop() first');
      stopped = false;
      schedule(intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
