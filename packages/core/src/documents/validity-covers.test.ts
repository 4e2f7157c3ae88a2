import { describe, expect, it } from 'vitest';
import { soestEdition } from '../conditions/test-bundle.ts';
import { requiredCoverage, validityCovers } from './validity-covers.ts';

const edition = soestEdition(); // set-up from 2026-10-31, event 2026-11-04..08
const eventDays = { validity: { required: true, mustCover: 'event_days' as const } };
const withSetup = { validity: { required: true, mustCover: 'setup_and_event_days' as const } };

describe('validityCovers (DOC-2)', () => {
  it('must last to the last event day, inclusive', () => {
    expect(validityCovers(eventDays, edition, '2026-11-08')).toBe(true);
    expect(validityCovers(eventDays, edition, '2027-01-31')).toBe(true);
    expect(validityCovers(eventDays, edition, '2026-11-07')).toBe(false);
  });

  it('must start by the first event day, or by set-up when set-up is covered too', () => {
    expect(validityCovers(eventDays, edition, '2027-10-31', '2026-11-04')).toBe(true);
    expect(validityCovers(eventDays, edition, '2027-10-31', '2026-11-05')).toBe(false);
    expect(validityCovers(withSetup, edition, '2027-10-31', '2026-11-04')).toBe(false);
    expect(validityCovers(withSetup, edition, '2027-10-31', '2026-10-31')).toBe(true);
  });

  it('accepts an unlimited validity', () => {
    expect(validityCovers(eventDays, edition, null)).toBe(true);
  });

  it('is always covered when the kind has no coverage rule', () => {
    expect(validityCovers({}, edition, '2020-01-01')).toBe(true);
    expect(validityCovers({ validity: { required: true, mustCover: 'none' } }, edition, '2020-01-01')).toBe(
      true,
    );
  });

  it('states the dates to cover', () => {
    expect(requiredCoverage(eventDays, edition)).toEqual({ from: '2026-11-04', until: '2026-11-08' });
    expect(requiredCoverage(withSetup, edition)).toEqual({ from: '2026-10-31', until: '2026-11-08' });
    expect(requiredCoverage({}, edition)).toBeNull();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => validityCovers(eventDays, edition, '08.11.2026')).toThrow(RangeError);
  });
});
