import type { Statechart } from '@festplatz/core';
import { initialStep, type LifecycleStep } from '../lifecycle.ts';

// The initial step is pure and the same for every case under one statechart (core hands out one frozen chart per
// template + options), so it is computed once instead of running XState's initial transition per new case.
const initialSteps = new WeakMap<Statechart, LifecycleStep>();

/** The lifecycle's initial state and snapshot (the state of a new case, e.g. 'draft'). */
export function initialStepOf(statechart: Statechart): LifecycleStep {
  let created = initialSteps.get(statechart);
  if (!created) {
    created = initialStep(statechart);
    initialSteps.set(statechart, created);
  }
  return created;
}
