import { describe, expect, it } from 'vitest';
import { applicationPeriodOf, applicationPeriodStatus } from './application-period.ts';
import { soestEdition } from './test-fixtures.ts';

const edition = soestEdition();

describe('applicationPeriodOf', () => {
  it('turns Berlin winter wall time (CET, +01:00) into instants', () => {
    const { opens, closes } = applicationPeriodOf(edition);
    expect(opens.toISOString()).toBe('2025-11-14T23:00:00.000Z');
    expect(closes.toISOString()).toBe('2026-02-28T22:59:59.000Z');
  });

  it('uses summer time (CEST, +02:00) for summer dates', () => {
    const summer = {
      ...edition,
      applicationPeriod: { opens: '2026-06-01T08:00:00', closes: '2026-08-31T23:59:59' },
    };
    const { opens, closes } = applicationPeriodOf(summer);
    expect(opens.toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(closes.toISOString()).toBe('2026-08-31T21:59:59.000Z');
  });

  it('handles the days of the clock change', () => {
    const at = (local: string) =>
      applicationPeriodOf({ ...edition, applicationPeriod: { opens: local, closes: '2027-01-01T00:00:00' } })
        .opens;
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST.
    expect(at('2026-03-29T01:59:59').toISOString()).toBe('2026-03-29T00:59:59.000Z');
    expect(at('2026-03-29T03:00:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // A time in the skipped hour is moved forward by the gap (02:30 -> 03:30 CEST).
    expect(at('2026-03-29T02:30:00').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 02:30 happens twice; the earlier (CEST) one counts.
    expect(at('2026-10-25T02:30:00').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-10-25T03:30:00').toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('works for other zones', () => {
    const newYork = { ...edition, timeZone: 'America/New_York' };
    expect(applicationPeriodOf(newYork).closes.toISOString()).toBe('2026-03-01T04:59:59.000Z');
  });
});

describe('applicationPeriodStatus (DATE-1)', () => {
  it.each([
    ['2025-11-14T23:59:59+01:00', 'not_yet_open'],
    ['2025-11-15T00:00:00+01:00', 'open'],
    ['2026-02-28T23:59:59+01:00', 'open'],
    ['2026-02-28T23:59:59.999+01:00', 'open'],
    ['2026-03-01T00:00:00+01:00', 'closed'],
    ['2026-03-01T00:00:01+01:00', 'closed'],
  ])('at %s the period is %s', (now, expected) => {
    expect(applicationPeriodStatus(edition, new Date(now))).toBe(expected);
  });

  it('keeps a deadline in summer time exact to the second', () => {
    const summer = {
      ...edition,
      applicationPeriod: { opens: '2026-06-01T00:00:00', closes: '2026-07-31T23:59:59' },
    };
    expect(applicationPeriodStatus(summer, new Date('2026-07-31T23:59:59+02:00'))).toBe('open');
    expect(applicationPeriodStatus(summer, new Date('2026-08-01T00:00:00+02:00'))).toBe('closed');
    // One hour before midnight CEST is 23:00 CET: a naive +01:00 conversion would close an hour early.
    expect(applicationPeriodStatus(summer, new Date('2026-07-31T23:30:00+02:00'))).toBe('open');
  });
});
