import type { Edition } from './generated/edition.ts';
import { zonedToInstant } from './zoned-time.ts';

/** The application period of an edition as instants (`closes` is the start of the last second). */
export function applicationPeriodOf(edition: Edition): { opens: Date; closes: Date } {
  const { opens, closes } = edition.applicationPeriod;
  return { opens: zonedToInstant(opens, edition.timeZone), closes: zonedToInstant(closes, edition.timeZone) };
}

/**
 * Whether applications are accepted at `now` (DATE-1: the end is an Ausschlussfrist). The closing
 * second counts in full: with closes 23:59:59, 23:59:59.999 is in time, 00:00:00 of the next day late.
 */
export function applicationPeriodStatus(edition: Edition, now: Date): 'not_yet_open' | 'open' | 'closed' {
  const { opens, closes } = applicationPeriodOf(edition);
  if (now.getTime() < opens.getTime()) return 'not_yet_open';
  if (now.getTime() < closes.getTime() + 1000) return 'open';
  return 'closed';
}
