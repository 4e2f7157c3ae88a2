import { applicationPeriodOf, applicationPeriodStatus, type Edition } from '@festplatz/core';
import type { CommandError } from '../results.ts';

/**
 * DATE-1: APPLICATION_PERIOD_CLOSED when the edition's period does not accept the write at `now`, else null.
 * A submission needs the period open; a draft may also be saved before it opens (applicants prepare early).
 */
export function periodRefusal(
  edition: Edition,
  now: Date,
  write: 'submission' | 'draft',
): CommandError | null {
  const status = applicationPeriodStatus(edition, now);
  if (status === 'open' || (write === 'draft' && status === 'not_yet_open')) return null;
  const period = applicationPeriodOf(edition);
  return {
    code: 'APPLICATION_PERIOD_CLOSED',
    closes: period.closes.toISOString(),
    opens: period.opens.toISOString(),
    reason: status,
  };
}
