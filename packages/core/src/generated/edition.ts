/* Generated from schemas/edition.schema.json by scripts/generate.mjs: do not edit, run `npm run generate`. */

import type { Localized } from '../localize.ts';

/**
 * A dated instance of an event type (e.g. Allerheiligenkirmes 2026), pinned to one event-type version, with its application period and event days.
 */
export interface Edition {
  /**
   * Optional reference to this meta-schema so editors can offer completion and checks.
   */
  $schema?: string;
  /**
   * Version of the edition format itself.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the edition, e.g. `allerheiligenkirmes-2026`.
   */
  id: string;
  /**
   * Id of the event type this edition belongs to.
   */
  eventTypeId: string;
  /**
   * The event-type version this edition is pinned to; applications are validated against its form.
   */
  eventTypeVersion: number;
  /**
   * Name of the edition as shown to applicants and staff.
   */
  title: Localized;
  /**
   * IANA time zone in which the application period is given (Germany: `Europe/Berlin`).
   */
  timeZone: string;
  /**
   * When applications are accepted, as local wall time in `timeZone` (DATE-1: the end is an Ausschlussfrist).
   */
  applicationPeriod: {
    /**
     * First second in which applications are accepted (local time, `YYYY-MM-DDTHH:mm:ss`).
     */
    opens: string;
    /**
     * Last second in which applications are accepted, inclusive to the end of that second (local time, `YYYY-MM-DDTHH:mm:ss`).
     */
    closes: string;
  };
  /**
   * Calendar days of the event (local dates).
   */
  eventDays: {
    /**
     * First day on which businesses may set up.
     */
    setupFrom: string;
    /**
     * First day the event is open to visitors.
     */
    opening: string;
    /**
     * Last day the event is open to visitors.
     */
    closing: string;
  };
}
