/* Generated from schemas/statechart.schema.json (and the files it references) by scripts/generate.mjs: do not edit, run `npm run generate`. */

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
 * An XState v5 machine configuration as plain JSON (no functions): the shape of the lifecycle templates shipped with Festplatz. Guards and actions are referenced by name.
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
