import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, eventDayCount } from './calendar-date.ts';

describe('calendar dates', () => {
  it('counts event days inclusively', () => {
    expect(eventDayCount({ opening: '2026-11-04', closing: '2026-11-08' })).toBe(5);
    expect(eventDayCount({ opening: '2026-11-05', closing: '2026-11-05' })).toBe(1);
    // Across the end of October (DST change) and a leap day, days are still whole calendar days.
    expect(eventDayCount({ opening: '2026-10-24', closing: '2026-10-26' })).toBe(3);
    expect(eventDayCount({ opening: '2028-02-28', closing: '2028-03-01' })).toBe(3);
  });

  it('rejects impossible dates', () => {
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-2-3')).toBeNull();
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(() => eventDayCount({ opening: '2026-11-31', closing: '2026-12-01' })).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-10-31', -1)).toBe('2026-10-30');
  });
});
