import type { Edition } from './generated/edition.ts';
import type { Issue, ParseResult } from './issue.ts';
import { metaSchemaIssues } from './meta-schemas.ts';
import { migrateEdition } from './migrations/migrate.ts';
import { isKnownTimeZone, wallClockMs } from './zoned-time.ts';

/**
 * Checks untrusted input as an edition (older `schemaVersion`s are upgraded first): the meta-schema, then
 * that the time zone exists, all times and dates are real calendar values, and they are in order.
 */
export function parseEdition(input: unknown): ParseResult<Edition> {
  const migrated = migrateEdition(input);
  const shapeIssues = metaSchemaIssues('edition', migrated);
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const edition = migrated as Edition;
  const issues = editionIssues(edition);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: edition };
}

function editionIssues(edition: Edition): Issue[] {
  const issues: Issue[] = [];
  if (!isKnownTimeZone(edition.timeZone)) {
    issues.push({ path: '/timeZone', code: 'timeZoneUnknown', params: { timeZone: edition.timeZone } });
  }
  const times = new Map<string, number>();
  const readTime = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const ms = wallClockMs(value);
    if (ms === null) issues.push({ path, code: 'localDateTimeInvalid', params: { value } });
    else times.set(path, ms);
  };
  const { opens, closes } = edition.applicationPeriod;
  readTime('/applicationPeriod/opens', opens);
  readTime('/applicationPeriod/closes', closes);
  for (const [key, value] of Object.entries(edition.phases ?? {})) readTime(`/phases/${key}`, value);
  for (const [key, value] of Object.entries(edition.eventDays)) {
    if (wallClockMs(`${value}T00:00:00`) === null) {
      issues.push({ path: `/eventDays/${key}`, code: 'localDateInvalid', params: { value } });
    }
  }
  // Wall-clock comparison suffices: all times are in the same zone.
  const ordered = (earlier: string, later: string, strict: boolean) => {
    const a = times.get(earlier);
    const b = times.get(later);
    return a === undefined || b === undefined || (strict ? a < b : a <= b);
  };
  if (!ordered('/applicationPeriod/opens', '/applicationPeriod/closes', true)) {
    issues.push({
      path: '/applicationPeriod/closes',
      code: 'applicationPeriodOrder',
      params: { opens, closes },
    });
  }
  // DATE-3: publication before the period opens; documents and notices after it closes.
  for (const [earlier, later] of [
    ['/phases/publication', '/applicationPeriod/opens'],
    ['/applicationPeriod/closes', '/phases/documentDeadline'],
    ['/applicationPeriod/closes', '/phases/noticesFrom'],
    ['/phases/noticesFrom', '/phases/noticesUntil'],
  ] as const) {
    if (!ordered(earlier, later, false)) {
      issues.push({
        path: later,
        code: 'phaseOrder',
        params: { earlier: earlier.slice(1), later: later.slice(1) },
      });
    }
  }
  const { setupFrom, opening, closing } = edition.eventDays;
  // ISO dates compare correctly as strings.
  if (setupFrom > opening || opening > closing) {
    issues.push({ path: '/eventDays', code: 'eventDaysOrder', params: { setupFrom, opening, closing } });
  }
  return issues;
}
