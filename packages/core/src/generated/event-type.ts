/* Generated from schemas/event-type.schema.json by scripts/generate.mjs: do not edit, run `npm run generate`. */

import type { Localized } from '../localize.ts';

/**
 * One transition, or several tried in order (the first whose guard passes wins).
 */
export type Transitions = Transition | [Transition, ...Transition[]];
/**
 * A transition: the name of the target sibling state, or an object with target, guard and actions.
 */
export type Transition = string | TransitionObject;

/**
 * An event-type bundle: everything a municipality configures for one kind of event (form, categories, lifecycle). Published bundles are immutable; a change is a new version.
 */
export interface EventType {
  /**
   * Optional reference to this meta-schema so editors can offer completion and checks.
   */
  $schema?: string;
  /**
   * Version of the bundle format itself. Older formats are migrated step by step when read.
   */
  schemaVersion: 1;
  /**
   * Stable identifier of the event type within its municipality, e.g. `allerheiligenkirmes`. Lower-case letters, digits and hyphens; starts with a letter.
   */
  id: string;
  /**
   * Version of this event type. Every published change needs a higher version; editions pin one version.
   */
  version: number;
  /**
   * Name of the event type as shown to applicants and staff.
   */
  title: Localized;
  /**
   * Short introduction shown to applicants above the form.
   */
  description?: Localized;
  /**
   * Legal classification of the event under the Gewerbeordnung (GEW-1); document rules are derived from it.
   */
  event: {
    /**
     * Legal type of the event: Volksfest (§ 60b GewO), Jahrmarkt or Spezialmarkt (§ 68), Wochenmarkt (§ 67), or a non-festgesetzt event in a public facility.
     */
    legalType:
      | 'volksfest_60b'
      | 'jahrmarkt_68'
      | 'spezialmarkt_68'
      | 'wochenmarkt_67'
      | 'not_festgesetzt_public_facility';
    /**
     * Whether the event is festgesetzt under § 69 GewO (then §§ 69-71a GewO apply).
     */
    festgesetzt: boolean;
  };
  /**
   * Categories (Betriebsarten) applicants choose from, as a tree with an optional capacity on any node (SEL-1, SEL-14). Ids are unique across the whole tree.
   *
   * @minItems 1
   */
  categories: [Category, ...Category[]];
  /**
   * The application form: the JSON Schema of the application data, its presentation, and the roles of key fields.
   */
  form: {
    /**
     * JSON Schema (an object schema) of the application data. Use keywords that mean the same in draft-07 and 2020-12, because the browser form and the server both validate with it.
     */
    schema: {
      /**
       * The application data is always an object.
       */
      type: 'object';
      [k: string]: unknown | undefined;
    };
    /**
     * Presentation hints for the form renderer (react-jsonschema-form ui schema: order, widgets, help texts).
     */
    uiSchema: {
      [k: string]: unknown | undefined;
    };
    /**
     * JSON pointers into the application data naming the fields the platform needs to understand (who applies, for which category).
     */
    roles: {
      /**
       * Pointer to the applicant's given name.
       */
      givenName: string;
      /**
       * Pointer to the applicant's family name.
       */
      familyName: string;
      /**
       * Pointer to the name of the company (legal person), if the form asks for one.
       */
      companyName?: string;
      /**
       * Pointer to the applicant's e-mail address.
       */
      email: string;
      /**
       * Pointer to the chosen category. Its allowed values must be exactly the ids of the leaf categories.
       */
      category: string;
    };
  };
  /**
   * The lifecycle every application of this event type runs through.
   */
  lifecycle: {
    /**
     * Identifier of the lifecycle, e.g. `event-application`.
     */
    id: string;
    /**
     * Version of the lifecycle; each case records the id@version it runs under.
     */
    version: number;
    statechart: Statechart;
  };
}
/**
 * A category (Betriebsart) with an optional capacity and optional sub-categories.
 */
export interface Category {
  /**
   * Stable identifier of the category, e.g. `fahr_kind`; unique within the bundle.
   */
  id: string;
  /**
   * Name of the category as shown to applicants and staff.
   */
  title: Localized;
  /**
   * How many businesses of this category the event can admit (quota).
   */
  capacity?: {
    /**
     * Maximum number of admitted businesses.
     */
    count?: number;
    /**
     * Total frontage available for this category in metres.
     */
    frontageMetres?: number;
  };
  /**
   * Sub-categories (e.g. sub-branches); applicants choose a leaf.
   */
  children?: Category[];
}
/**
 * XState v5 machine configuration as plain JSON (no functions); guards and actions are referenced by name.
 */
export interface Statechart {
  /**
   * Identifier of the machine.
   */
  id: string;
  /**
   * What the machine models, for staff.
   */
  description?: string;
  /**
   * Name of the state a new case starts in.
   */
  initial: string;
  /**
   * The states of the machine, keyed by name.
   */
  states: {
    [k: string]: StateNode | undefined;
  };
}
/**
 * One state of the lifecycle.
 */
export interface StateNode {
  /**
   * Kind of state; `final` ends the case.
   */
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  /**
   * What this state means, for staff.
   */
  description?: string;
  /**
   * Initial child state (compound states only).
   */
  initial?: string;
  /**
   * Child states, keyed by name.
   */
  states?: {
    [k: string]: StateNode | undefined;
  };
  /**
   * Transitions keyed by event type (e.g. `SUBMIT`).
   */
  on?: {
    [k: string]: Transitions | undefined;
  };
  /**
   * Tags for grouping states in lists and filters.
   */
  tags?: string[];
}
/**
 * A transition with optional guard and actions, referenced by name.
 */
export interface TransitionObject {
  /**
   * Name of the target sibling state.
   */
  target?: string;
  /**
   * Name of a registered guard.
   */
  guard?: string;
  /**
   * Names of registered actions to run after the transition is stored.
   */
  actions?: string[];
  /**
   * Why this transition exists, for staff.
   */
  description?: string;
}
