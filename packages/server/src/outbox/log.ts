import type { OutboxLogEvent } from '@festplatz/case-engine';
import type { Messages } from '../i18n/index.ts';

/**
 * Console lines for the dispatcher's events: failures go to `err` in the operator's language; successful
 * deliveries are silent here because the mail transport already logs each mail it sends.
 */
export function outboxLogger(
  err: (line: string) => void,
  t: Messages['cli'],
): (event: OutboxLogEvent) => void {
  return (event) => {
    if (event.kind === 'retry') {
      const at = event.nextAttemptAt.toISOString();
      err(
        t.outboxRetry({
          handler: event.handler,
          key: event.dedupeKey,
          attempts: event.attempts,
          at,
          error: event.error,
        }),
      );
    } else if (event.kind === 'dead') {
      err(
        t.outboxDead({
          handler: event.handler,
          key: event.dedupeKey,
          attempts: event.attempts,
          error: event.error,
        }),
      );
    } else if (event.kind === 'error') {
      err(t.outboxError(event.error));
    }
  };
}
