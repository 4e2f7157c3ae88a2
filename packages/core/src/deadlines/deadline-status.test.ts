import { describe, expect, it } from 'vitest';
import { soestEdition } from '../conditions/test-bundle.ts';
import { deadlineStatus } from './deadline-status.ts';
import { editionMilestones } from './milestones.ts';

const edition = soestEdition();
const at = (iso: string) => deadlineStatus(edition, new Date(iso));

describe('deadlineStatus: the Ausschlussfrist (DATE-1)', () => {
  it.each([
    ['2025-11-14T23:59:59+01:00', 'not_yet_open', false],
    ['2025-11-15T00:00:00+01:00', 'open', false],
    ['2026-02-28T23:59:59+01:00', 'open', false],
    ['2026-02-28T23:59:59.999+01:00', 'open', false],
    ['2026-03-01T00:00:00+01:00', 'closed', true],
    ['2026-03-01T00:00:01+01:00', 'closed', true], // rules-de.md § 4: "verspätet"
  ])('at %s the application is %s (late: %s)', (iso, application, late) => {
    expect(at(iso)).toMatchObject({ application, late });
  });

  it('names the closing deadline as next while the period is open, at its stated time', () => {
    expect(at('2026-02-28T12:00:00+01:00').next).toEqual({
      milestone: 'applicationCloses',
      at: new Date('2026-02-28T23:59:59+01:00'),
    });
  });
});

describe('deadlineStatus: phases (DATE-3)', () => {
  it.each([
    ['2025-10-31T23:59:59+01:00', 'before_publication', 'publication'],
    ['2025-11-01T00:00:00+01:00', 'published', 'applicationOpens'],
    ['2025-12-24T10:00:00+01:00', 'application', 'applicationCloses'],
    ['2026-03-15T10:00:00+01:00', 'documents', 'documentDeadline'],
    ['2026-03-31T23:59:59.999+02:00', 'documents', 'documentDeadline'],
    ['2026-04-01T00:00:00+02:00', 'review', 'noticesFrom'],
    ['2026-05-15T00:00:00+02:00', 'notices', 'noticesUntil'],
    ['2026-07-16T00:00:00+02:00', 'payment', 'paymentDue'],
    ['2026-10-20T09:00:00+02:00', 'payment', 'setupFrom'],
    ['2026-10-31T00:00:00+01:00', 'setup', 'opening'],
    ['2026-11-04T00:00:00+01:00', 'event', 'closing'],
    ['2026-11-08T23:59:59.999+01:00', 'event', 'closing'],
  ])('at %s the phase is %s and next comes %s', (iso, phase, next) => {
    const status = at(iso);
    expect(status.phase).toBe(phase);
    expect(status.next?.milestone).toBe(next);
  });

  it('is over after the closing day, with nothing next', () => {
    expect(at('2026-11-09T00:00:00+01:00')).toEqual({
      application: 'closed',
      late: true,
      phase: 'over',
      next: null,
    });
  });

  it('converts summer deadlines with CEST (+02:00), not CET', () => {
    // documentDeadline 2026-03-31T23:59:59 and noticesUntil 2026-07-15T23:59:59 are in summer time.
    // 23:30 CET is 00:30 CEST on 1 April: the document deadline has passed (a CET reading would say no).
    expect(at('2026-03-31T22:30:00+01:00').phase).toBe('documents'); // 23:30 CEST
    expect(at('2026-03-31T23:30:00+01:00').phase).toBe('review');
    expect(at('2026-07-15T23:59:59.500+02:00').phase).toBe('notices');
    expect(at('2026-07-15T23:30:00+01:00').phase).toBe('payment');
  });
});

describe('deadlineStatus: an edition without optional phases (a migrated v1 edition)', () => {
  const { phases: _phases, ...plain } = edition;
  const status = (iso: string) => deadlineStatus(plain, new Date(iso));

  it('counts as published before the application opens', () => {
    expect(status('2025-01-01T00:00:00+01:00')).toMatchObject({
      application: 'not_yet_open',
      phase: 'published',
      next: { milestone: 'applicationOpens' },
    });
  });

  it('goes from application straight to review, then to set-up', () => {
    expect(status('2026-03-01T00:00:00+01:00')).toMatchObject({
      phase: 'review',
      next: { milestone: 'setupFrom' },
    });
    expect(status('2026-10-31T12:00:00+01:00')).toMatchObject({
      phase: 'setup',
      next: { milestone: 'opening' },
    });
  });
});

describe('deadlineStatus: a summer edition (DST)', () => {
  const summer = {
    ...edition,
    applicationPeriod: { opens: '2026-03-01T00:00:00', closes: '2026-04-30T23:59:59' },
    phases: { noticesFrom: '2026-06-01T00:00:00' },
    eventDays: { setupFrom: '2026-08-14', opening: '2026-08-15', closing: '2026-08-16' },
  };
  const status = (iso: string) => deadlineStatus(summer, new Date(iso));

  it('closes at midnight CEST, an hour before a naive CET conversion would', () => {
    expect(status('2026-04-30T23:30:00+02:00').application).toBe('open'); // 22:30 CET
    expect(status('2026-04-30T23:59:59.999+02:00').late).toBe(false);
    expect(status('2026-05-01T00:00:00+02:00').late).toBe(true);
  });

  it('states the next date as the CEST instant', () => {
    expect(status('2026-04-01T12:00:00+02:00').next).toEqual({
      milestone: 'applicationCloses',
      at: new Date('2026-04-30T21:59:59Z'),
    });
    expect(status('2026-08-16T23:59:59+02:00').phase).toBe('event');
    expect(status('2026-08-17T00:00:00+02:00').phase).toBe('over');
  });
});

describe('editionMilestones', () => {
  it('lists the set milestones in time order with their instants', () => {
    const list = editionMilestones(edition);
    expect(list.map((m) => m.name)).toEqual([
      'publication',
      'applicationOpens',
      'applicationCloses',
      'documentDeadline',
      'noticesFrom',
      'noticesUntil',
      'paymentDue',
      'setupFrom',
      'opening',
      'closing',
    ]);
    const closing = list.at(-1);
    expect(closing?.local).toBe('2026-11-08T23:59:59');
    expect(closing?.passedFrom.toISOString()).toBe('2026-11-08T23:00:00.000Z');
  });
});
