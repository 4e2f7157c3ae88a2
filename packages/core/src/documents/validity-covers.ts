// DOC-2, DOC-3: a proof (insurance, Ausführungsgenehmigung) must be valid for the whole event.

import { dayNumber } from '../deadlines/calendar-date.ts';
import type { Edition } from '../generated/edition.ts';
import type { DocumentKind } from '../generated/event-type.ts';

/** The dates a document must be valid on, first and last inclusive, or null when it has no such rule. */
export function requiredCoverage(
  document: Pick<DocumentKind, 'validity'>,
  edition: Pick<Edition, 'eventDays'>,
): { from: string; until: string } | null {
  const { opening, closing, setupFrom } = edition.eventDays;
  switch (document.validity?.mustCover) {
    case 'event_days':
      return { from: opening, until: closing };
    case 'setup_and_event_days':
      return { from: setupFrom, until: closing };
    default:
      return null;
  }
}

function day(date: string): number {
  const value = dayNumber(date);
  if (value === null) throw new RangeError(`validityCovers: "${date}" is not a YYYY-MM-DD date`);
  return value;
}

/**
 * Whether a document valid until `validUntil` (inclusive; null = unlimited, as a Reisegewerbekarte may be)
 * and, if known, from `validFrom` covers what its kind demands. A reviewer sees "expires before the event"
 * when this is false (DOC-2). Kinds without a coverage rule are always covered.
 */
export function validityCovers(
  document: Pick<DocumentKind, 'validity'>,
  edition: Pick<Edition, 'eventDays'>,
  validUntil: string | null,
  validFrom?: string,
): boolean {
  const needed = requiredCoverage(document, edition);
  if (needed === null) return true;
  const endsInTime = validUntil === null || day(validUntil) >= day(needed.until);
  const startsInTime = validFrom === undefined || day(validFrom) <= day(needed.from);
  return endsInTime && startsInTime;
}
