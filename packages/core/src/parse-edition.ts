import type { Edition } from './generated/edition.ts';
import type { Issue, ParseResult } from './issue.ts';
import { metaSchemaIssues } from './meta-schemas.ts';
import { isKnownTimeZone, wallClockMs } from './zoned-time.ts';

/**
 * Checks untrusted input as an edition: the meta-schema, then that the time zone exists, the period's
 * times are real calendar times in the right order, and the event days are in order.
 */
export function parseEdition(input: unknown): ParseResult<Edition> {
  const shapeIssues = metaSchemaIssues('edition', input);
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const edition = input as Edition;
  const issues = editionIssues(edition);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: edition };
}

function editionIssues(edition: Edition): Issue[] {
  const issues: Issue[] = [];
  if (!isKnownTimeZone(edition.timeZone)) {
    issues.push({ path: '/timeZone', code: 'timeZoneUnknown', params: { timeZone: edition.timeZone } });
  }
  const { opens, closes } = edition.applicationPeriod;
  const opensMs = wallClockMs(opens);
  const closesMs = wallClockMs(closes);
  for (const [key, value, ms] of [
    ['opens', opens, opensMs] as const,
    ['closes', closes, closesMs] as const,
  ]) {
    if (ms === null) {
      issues.push({ path: `/applicationPeriod/${key}`, code: 'localDateTimeInvalid', params: { value } });
    }
  }
  // Wall-clock comparison suffices: both ends are in the same zone.
  if (opensMs !== null && closesMs !== null && closesMs <= opensMs) {
    issues.push({
      path: '/applicationPeriod/closes',
      code: 'applicationPeriodOrder',
      params: { opens, closes },
    });
  }
  const { setupFrom, opening, closing } = edition.eventDays;
  // ISO dates compare correctly as strings.
  if (setupFrom > opening || opening > closing) {
    issues.push({ path: '/eventDays', code: 'eventDaysOrder', params: { setupFrom, opening, closing } });
  }
  return issues;
}
