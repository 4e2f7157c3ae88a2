// Plain calendar dates ("2026-11-04"): event days have no time of day and no time zone.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real `YYYY-MM-DD` date, or null for anything else (2026-02-30 included). */
export function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  return new Date(ms).toISOString().startsWith(date) ? ms / DAY_MS : null;
}

function requireDay(date: string): number {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`"${date}" is not a YYYY-MM-DD date; parse the edition first`);
  return day;
}

/** The number of event days from opening to closing, both included (Soest 2026-11-04..08: 5). */
export function eventDayCount(eventDays: { opening: string; closing: string }): number {
  return requireDay(eventDays.closing) - requireDay(eventDays.opening) + 1;
}

/** The date `days` after `date` (negative goes back): addDays('2026-02-28', 1) is '2026-03-01'. */
export function addDays(date: string, days: number): string {
  return new Date((requireDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
