// When a document is due (DOC-8), as the edition's local wall time and as instants.

import type { Edition } from '../generated/edition.ts';
import type { DocumentKind } from '../generated/event-type.ts';
import { zonedToInstant } from '../zoned-time.ts';

/**
 * A document deadline. `local` is the wall time as the edition states it (Europe/Berlin), `at` that instant,
 * and `lateFrom` the first instant at which a document counts as late.
 */
export interface DueDate {
  local: string;
  at: Date;
  lateFrom: Date;
}

/**
 * The deadline of `document` in `edition`: with_application -> the Ausschlussfrist (applicationPeriod.closes),
 * by_date -> phases.documentDeadline, before_setup -> the start of eventDays.setupFrom. Stated deadlines count
 * to the end of their second (DATE-1: 23:59:59.999 is in time); "before set-up" ends when set-up begins.
 * Null for by_date when the edition does not (yet) give a documentDeadline.
 */
export function dueDate(
  document: Pick<DocumentKind, 'due'>,
  edition: Pick<Edition, 'timeZone' | 'applicationPeriod' | 'phases' | 'eventDays'>,
): DueDate | null {
  const inclusive = (local: string): DueDate => {
    const at = zonedToInstant(local, edition.timeZone);
    return { local, at, lateFrom: new Date(at.getTime() + 1000) };
  };
  switch (document.due) {
    case 'with_application':
      return inclusive(edition.applicationPeriod.closes);
    case 'by_date': {
      const deadline = edition.phases?.documentDeadline;
      return deadline === undefined ? null : inclusive(deadline);
    }
    case 'before_setup': {
      const local = `${edition.eventDays.setupFrom}T00:00:00`;
      const at = zonedToInstant(local, edition.timeZone);
      return { local, at, lateFrom: at };
    }
  }
}
