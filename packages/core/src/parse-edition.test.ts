import { describe, expect, it } from 'vitest';
import { parseEdition } from './parse-edition.ts';
import { rawEdition } from './test-fixtures.ts';

function issuesOf(mutate: (edition: ReturnType<typeof rawEdition>) => void): string[] {
  const edition = rawEdition();
  mutate(edition);
  const result = parseEdition(edition);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path}`);
}

describe('parseEdition', () => {
  it('accepts the Allerheiligenkirmes 2026 edition', () => {
    const result = parseEdition(rawEdition());
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value.eventDays.opening).toBe('2026-11-04');
  });

  it.each<[string, (e: ReturnType<typeof rawEdition>) => void, string[]]>([
    [
      'an offset in the local time',
      (e) => {
        e.applicationPeriod.closes = '2026-02-28T23:59:59+01:00';
      },
      ['pattern@/applicationPeriod/closes'],
    ],
    [
      'a non-existent day',
      (e) => {
        e.applicationPeriod.closes = '2026-02-30T23:59:59';
      },
      ['localDateTimeInvalid@/applicationPeriod/closes'],
    ],
    [
      'a period that ends before it begins',
      (e) => {
        e.applicationPeriod.opens = '2026-03-01T00:00:00';
      },
      ['applicationPeriodOrder@/applicationPeriod/closes'],
    ],
    [
      'an unknown time zone',
      (e) => {
        e.timeZone = 'Europe/Soest';
      },
      ['timeZoneUnknown@/timeZone'],
    ],
    [
      'event days out of order',
      (e) => {
        e.eventDays.setupFrom = '2026-11-05';
      },
      ['eventDaysOrder@/eventDays'],
    ],
    [
      'an invalid date',
      (e) => {
        e.eventDays.closing = '2026-11-31';
      },
      ['localDateInvalid@/eventDays/closing'],
    ],
    [
      'a document deadline before the Ausschlussfrist (DATE-3)',
      (e) => {
        e.phases.documentDeadline = '2026-02-01T00:00:00';
      },
      ['phaseOrder@/phases/documentDeadline'],
    ],
    [
      'a publication after the period opens and notices ending before they start (DATE-3)',
      (e) => {
        e.phases.publication = '2025-12-01T00:00:00';
        e.phases.noticesUntil = '2026-05-01T00:00:00';
      },
      ['phaseOrder@/applicationPeriod/opens', 'phaseOrder@/phases/noticesUntil'],
    ],
    [
      'a phase that is no real time',
      (e) => {
        e.phases.paymentDue = '2026-02-30T12:00:00';
      },
      ['localDateTimeInvalid@/phases/paymentDue'],
    ],
    [
      'an unknown phase',
      (e) => {
        e.phases.setup = '2026-10-30T00:00:00';
      },
      ['additionalProperties@/phases/setup'],
    ],
    [
      'a missing event-type version',
      (e) => {
        delete e.eventTypeVersion;
      },
      ['required@/eventTypeVersion'],
    ],
  ])('reports %s', (_name, mutate, expected) => {
    expect(issuesOf(mutate)).toEqual(expected);
  });
});
