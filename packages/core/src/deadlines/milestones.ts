// The phase calendar of an edition (DATE-3) as instants, from its local wall times in Europe/Berlin.
import type { Edition } from '../generated/edition.ts';
import { zonedToInstant } from '../zoned-time.ts';

/** The named dates of an edition, in calendar order. */
export const MILESTONES = [
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
] as const;

export type MilestoneName = (typeof MILESTONES)[number];

/**
 * One date of the calendar. `at` is the instant of the stated wall time (`local`); `passedFrom` the first
 * instant after it: a deadline stated as 23:59:59 holds to the end of that second (DATE-1), a start holds from
 * `at` on. Event days are whole days: set-up and opening start at 00:00, closing ends at 23:59:59.
 */
export interface Milestone {
  name: MilestoneName;
  local: string;
  at: Date;
  passedFrom: Date;
}

type EditionDates = Pick<Edition, 'timeZone' | 'applicationPeriod' | 'phases' | 'eventDays'>;

/** The edition's milestones that are set, sorted by time (ties keep calendar order). */
export function editionMilestones(edition: EditionDates): Milestone[] {
  const { applicationPeriod, eventDays } = edition;
  const phases = edition.phases ?? {};
  // [name, local wall time, deadline (inclusive second)?]
  const stated: [MilestoneName, string | undefined, boolean][] = [
    ['publication', phases.publication, false],
    ['applicationOpens', applicationPeriod.opens, false],
    ['applicationCloses', applicationPeriod.closes, true],
    ['documentDeadline', phases.documentDeadline, true],
    ['noticesFrom', phases.noticesFrom, false],
    ['noticesUntil', phases.noticesUntil, true],
    ['paymentDue', phases.paymentDue, true],
    ['setupFrom', `${eventDays.setupFrom}T00:00:00`, false],
    ['opening', `${eventDays.opening}T00:00:00`, false],
    ['closing', `${eventDays.closing}T23:59:59`, true],
  ];
  return stated
    .filter((entry): entry is [MilestoneName, string, boolean] => entry[1] !== undefined)
    .map(([name, local, deadline]) => {
      const at = zonedToInstant(local, edition.timeZone);
      return { name, local, at, passedFrom: deadline ? new Date(at.getTime() + 1000) : at };
    })
    .sort((a, b) => a.passedFrom.getTime() - b.passedFrom.getTime());
}
