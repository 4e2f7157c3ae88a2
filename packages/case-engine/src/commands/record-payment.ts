import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireInteger, requireText } from './validate.ts';

/** Input of {@link recordPayment}: the amount received (whole cents) and its reference (PAY-2, CAMT-2). */
export interface RecordPaymentCommand extends CaseCommand {
  amountCents: number;
  reference: string;
}

/** payment_pending -> paid (RECORD_PAYMENT). Reconciling partial payments comes with the payment adapters. */
export async function recordPayment(
  repo: Repository,
  cmd: RecordPaymentCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid([
    ...requireInteger(cmd.amountCents, '/amountCents', 1),
    ...requireText(cmd.reference, '/reference'),
  ]);
  if (bad) return bad;
  return sendEvent(repo, cmd, 'RECORD_PAYMENT', { amountCents: cmd.amountCents, reference: cmd.reference });
}
