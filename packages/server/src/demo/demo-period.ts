import { addDays, localDate } from '../util/dates.ts';

/**
 * The demo's shifted application period as local wall times in `timeZone`: opened yesterday at 00:00:00,
 * closes in 30 days at 23:59:59, so anyone trying the demo today can apply.
 */
export function demoPeriod(now: Date, timeZone: string): { opens: string; closes: string } {
  const today = localDate(now, timeZone);
  return { opens: `${addDays(today, -1)}T00:00:00`, closes: `${addDays(today, 30)}T23:59:59` };
}
