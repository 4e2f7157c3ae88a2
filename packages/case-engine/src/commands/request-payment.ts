import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { paymentDueTimer } from '../timers/messages.ts';
import { invalid, requireFutureDate, requireInteger, requireText } from './validate.ts';

/** Input of {@link requestPayment}: the claim (whole cents), its due date and Kassenzeichen (FEE-3). */
export interface RequestPaymentCommand extends CaseCommand {
  amountCents: number;
  dueAt: Date;
  kassenzeichen: string;
}

/**
 * notified -> payment_pending (REQUEST_PAYMENT), with the timer that revokes at `dueAt` if still unpaid
 * (src/timers); revoke reads `dueAt` from this log entry.
 */
export async function requestPayment(
  repo: Repository,
  cmd: RequestPaymentCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid([
    ...requireInteger(cmd.amountCents, '/amountCents', 0),
    ...requireFutureDate(cmd.dueAt, '/dueAt', cmd.now),
    ...requireText(cmd.kassenzeichen, '/kassenzeichen'),
  ]);
  if (bad) return bad;
  return sendEvent(
    repo,
    cmd,
    'REQUEST_PAYMENT',
    {
      amountCents: cmd.amountCents,
      dueAt: cmd.dueAt.toISOString(),
      kassenzeichen: cmd.kassenzeichen,
    },
    (row) => [paymentDueTimer(row, cmd.dueAt)],
  );
}
