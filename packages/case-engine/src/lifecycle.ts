import type { Statechart } from '@festplatz/core';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createMachine,
  initialTransition,
  type StateValue,
  transition,
} from 'xstate';

/** Result of moving a case: the next state, its persisted snapshot, and the actions XState returned (not run). */
export interface LifecycleStep {
  state: string;
  snapshot: unknown;
  actions: readonly { type: string }[];
}

// Machines are rebuilt from JSON, so cache them per statechart object to avoid re-parsing for every command.
const machines = new WeakMap<Statechart, AnyStateMachine>();

function machineOf(statechart: Statechart): AnyStateMachine {
  let machine = machines.get(statechart);
  if (!machine) {
    // The statechart is validated data from a published bundle; XState's config typing cannot know its shape.
    machine = createMachine(statechart as Parameters<typeof createMachine>[0]);
    machines.set(statechart, machine);
  }
  return machine;
}

/** The state column value: a plain name for flat states, JSON for nested/parallel values. */
export function stateKey(value: StateValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parseStateKey(key: string | StateValue): StateValue {
  return typeof key === 'string' && key.startsWith('{') ? (JSON.parse(key) as StateValue) : key;
}

function step(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, actions: unknown[]): LifecycleStep {
  return {
    state: stateKey(snapshot.value),
    snapshot: machine.getPersistedSnapshot(snapshot),
    actions: actions as { type: string }[],
  };
}

/** Pure: the initial state of a new case under this statechart. */
export function initialStep(statechart: Statechart): LifecycleStep {
  const machine = machineOf(statechart);
  const [snapshot, actions] = initialTransition(machine);
  return step(machine, snapshot, actions);
}

function restore(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  const { value, context } = persisted as { value: StateValue; context?: Record<string, unknown> };
  return machine.resolveState({ value, context: context ?? {} });
}

/**
 * Pure: applies an event to a persisted snapshot. Returns null when the current state does not accept the
 * event, so callers can answer TRANSITION_NOT_ALLOWED instead of silently staying put (XState ignores it).
 */
export function nextStep(
  statechart: Statechart,
  persisted: unknown,
  eventType: string,
): LifecycleStep | null {
  const machine = machineOf(statechart);
  const current = restore(machine, persisted);
  if (!current.can({ type: eventType })) return null;
  const [next, actions] = transition(machine, current, { type: eventType });
  return step(machine, next, actions);
}

/** Events the lifecycle accepts in the given state (guards evaluated), e.g. `['START_REVIEW']` in `submitted`. */
export function allowedEvents(statechart: Statechart, stateValue: string | StateValue): string[] {
  const machine = machineOf(statechart);
  const snapshot = machine.resolveState({ value: parseStateKey(stateValue), context: {} });
  const candidates = new Set(machine.root.events.map(String));
  return [...candidates].filter(
    (type) => type !== '*' && !type.startsWith('xstate.') && snapshot.can({ type }),
  );
}
