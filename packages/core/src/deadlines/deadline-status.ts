// Where an edition stands at an instant: application open or not, late or not (DATE-1), phase and next date.
import type { Edition } from '../generated/edition.ts';
import { editionMilestones, type Milestone, type MilestoneName } from './milestones.ts';

/** The phases of an edition's calendar (DATE-3). */
export type EditionPhase =
  | 'before_publication'
  | 'published'
  | 'application'
  | 'documents'
  | 'review'
  | 'notices'
  | 'payment'
  | 'setup'
  | 'event'
  | 'over';

/** The state of an edition at one instant. */
export interface DeadlineStatus {
  application: 'not_yet_open' | 'open' | 'closed';
  /** A submission now is after the Ausschlussfrist (DATE-1: "verspätet"). */
  late: boolean;
  phase: EditionPhase;
  /** The next milestone not yet passed, at its stated wall time; null once the event is over. */
  next: { milestone: MilestoneName; at: Date } | null;
}

/** The phase that begins when a milestone passes (set-up to payment: fees are collected until set-up). */
const PHASE_AFTER: Record<MilestoneName, EditionPhase> = {
  publication: 'published',
  applicationOpens: 'application',
  applicationCloses: 'review',
  documentDeadline: 'review',
  noticesFrom: 'notices',
  noticesUntil: 'payment',
  paymentDue: 'payment',
  setupFrom: 'setup',
  opening: 'event',
  closing: 'over',
};

function phaseAt(milestones: Milestone[], passed: Milestone[]): EditionPhase {
  const last = passed.at(-1);
  if (!last) return milestones.some((m) => m.name === 'publication') ? 'before_publication' : 'published';
  // After the Ausschlussfrist, missing documents may still come in until the document deadline (DOC-8).
  if (
    last.name === 'applicationCloses' &&
    milestones.some((m) => m.name === 'documentDeadline' && !passed.includes(m))
  ) {
    return 'documents';
  }
  return PHASE_AFTER[last.name];
}

/**
 * The status of `edition` at `instant`. The application period counts its closing second in full: with
 * closes 2026-02-28T23:59:59, 23:59:59.999 is in time and 2026-03-01T00:00:00 is late. Without a publication
 * date an edition counts as published; optional phases that are not set are skipped.
 */
export function deadlineStatus(
  edition: Pick<Edition, 'timeZone' | 'applicationPeriod' | 'phases' | 'eventDays'>,
  instant: Date,
): DeadlineStatus {
  const milestones = editionMilestones(edition);
  const now = instant.getTime();
  const passed = milestones.filter((m) => m.passedFrom.getTime() <= now);
  const reached = (name: MilestoneName) => passed.some((m) => m.name === name);
  const application = reached('applicationCloses')
    ? 'closed'
    : reached('applicationOpens')
      ? 'open'
      : 'not_yet_open';
  const upcoming = milestones.find((m) => m.passedFrom.getTime() > now);
  return {
    application,
    late: application === 'closed',
    phase: phaseAt(milestones, passed),
    next: upcoming ? { milestone: upcoming.name, at: upcoming.at } : null,
  };
}
