/* Generated from schemas/edition.schema.json (and the files it references) by scripts/generate.mjs: do not edit, run `npm run generate`. */

import type { Localized } from '../localize.ts';

/**
 * A local date and time without offset, to the second: `YYYY-MM-DDTHH:mm:ss`.
 */
export type LocalDateTime = string;
/**
 * A calendar date `YYYY-MM-DD`.
 */
export type LocalDate = string;

/**
 * A dated instance of an event type (e.g. Allerheiligenkirmes 2026), pinned to one event-type version, with its application period, phases and event days. All times are local wall times in `timeZone`.
 */
export interface Edition {
  /**
   * Optional reference to this meta-schema so editors can offer completion and checks.
   */
  $schema?: string;
  /**
   * Version of the edition format itself (currently 2). Editions in an older format are upgraded automatically when read.
   */
  schemaVersion: 2;
  /**
   * Stable identifier of the edition, e.g. `allerheiligenkirmes-2026`.
   */
  id: string;
  /**
   * Id of the event type this edition belongs to.
   */
  eventTypeId: string;
  /**
   * The event-type version this edition is pinned to; applications are checked against its form.
   */
  eventTypeVersion: number;
  /**
   * Name of the edition as shown to applicants and staff.
   */
  title: Localized;
  /**
   * IANA time zone in which all times of the edition are given (Germany: `Europe/Berlin`).
   */
  timeZone: string;
  applicationPeriod: ApplicationPeriod;
  phases?: Phases;
  eventDays: EventDays;
}
/**
 * When applications are accepted (DATE-1: the end is an Ausschlussfrist; late applications are not considered).
 */
export interface ApplicationPeriod {
  opens: LocalDateTime;
  closes: LocalDateTime;
}
/**
 * Further dates of the procedure (DATE-3), all optional, as local times `YYYY-MM-DDTHH:mm:ss`.
 */
export interface Phases {
  publication?: LocalDateTime;
  documentDeadline?: LocalDateTime;
  noticesFrom?: LocalDateTime;
  noticesUntil?: LocalDateTime;
  paymentDue?: LocalDateTime;
}
/**
 * Calendar days of the event, as dates `YYYY-MM-DD`.
 */
export interface EventDays {
  setupFrom: LocalDate;
  opening: LocalDate;
  closing: LocalDate;
}
