import type { Statechart, StateNode } from '@festplatz/core';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  type StateValue,
  transition,
} from 'xstate';
import { buildLifecycleMachine } from './lifecycle/machine.ts';
import { DEFAULT_LIFECYCLE_REGISTRY, type LifecycleRegistry } from './lifecycle/registry.ts';

/** Result of moving a case: the next state, its persisted snapshot, and the actions XState returned (not run). */
export interface LifecycleStep {
  state: string;
  snapshot: unknown;
  /** The named actions to run after commit, in order (e.g. `[{ type: 'issueNotice' }]`). */
  actions: readonly { type: string }[];
  /** The same actions by name, for outbox rows. */
  actionNames: readonly string[];
}

/** An event with its params, which guards read (e.g. `{ type: 'REVOKE', now, paymentDue }`). */
export type LifecycleEvent = { type: string } & Record<string, unknown>;

// Machines are rebuilt from JSON, so cache them per registry and statechart object (core hands out one frozen
// chart per template + options) instead of re-parsing for every command.
const machines = new WeakMap<LifecycleRegistry, WeakMap<Statechart, AnyStateMachine>>();

function machineOf(statechart: Statechart, registry: LifecycleRegistry): AnyStateMachine {
  let byChart = machines.get(registry);
  if (!byChart) {
    byChart = new WeakMap();
    machines.set(registry, byChart);
  }
  let machine = byChart.get(statechart);
  if (!machine) {
    const built = buildLifecycleMachine(statechart, registry);
    if (!built.ok) {
      // Published bundles are checked against the vocabulary, so this is a broken invariant, not input.
      throw new Error(
        `lifecycle ${statechart.id}: unknown guards [${built.error.guards}] / actions [${built.error.actions}]; check the chart with buildLifecycleMachine first`,
      );
    }
    machine = built.machine;
    byChart.set(statechart, machine);
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
  // Only the chart's named actions; XState's own bookkeeping actions (xstate.*) are not effects.
  const named = (actions as { type: string }[])
    .map((action) => ({ type: action.type }))
    .filter((action) => !action.type.startsWith('xstate.'));
  return {
    state: stateKey(snapshot.value),
    snapshot: machine.getPersistedSnapshot(snapshot),
    actions: named,
    actionNames: named.map((action) => action.type),
  };
}

/** Pure: the initial state of a new case under this statechart. */
export function initialStep(
  statechart: Statechart,
  registry: LifecycleRegistry = DEFAULT_LIFECYCLE_REGISTRY,
): LifecycleStep {
  const machine = machineOf(statechart, registry);
  const [snapshot, actions] = initialTransition(machine);
  return step(machine, snapshot, actions);
}

function restore(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  const { value, context } = persisted as { value: StateValue; context?: Record<string, unknown> };
  return machine.resolveState({ value, context: context ?? {} });
}

function asEvent(event: string | LifecycleEvent): LifecycleEvent {
  return typeof event === 'string' ? { type: event } : event;
}

/**
 * Pure: applies an event (a type, or a type with params for the guards) to a persisted snapshot. Returns
 * null when the current state does not accept it or its guard says no, so callers can answer
 * TRANSITION_NOT_ALLOWED instead of silently staying put (XState ignores such events).
 */
export function nextStep(
  statechart: Statechart,
  persisted: unknown,
  event: string | LifecycleEvent,
  registry: LifecycleRegistry = DEFAULT_LIFECYCLE_REGISTRY,
): LifecycleStep | null {
  const machine = machineOf(statechart, registry);
  const current = restore(machine, persisted);
  const full = asEvent(event);
  if (!current.can(full)) return null;
  const [next, actions] = transition(machine, current, full);
  return step(machine, next, actions);
}

/**
 * Events the lifecycle accepts in the given state, e.g. `['START_REVIEW', 'WITHDRAW']` in `submitted`.
 * Without `params`, guarded events are listed too (whether their condition holds depends on the command's
 * data); with `params`, each guard is evaluated against them.
 */
export function allowedEvents(
  statechart: Statechart,
  stateValue: string | StateValue,
  params?: Record<string, unknown>,
  registry: LifecycleRegistry = DEFAULT_LIFECYCLE_REGISTRY,
): string[] {
  const value = parseStateKey(stateValue);
  // In the chart's order (e.g. START_REVIEW before WITHDRAW), so lists and buttons read like the procedure.
  const declared = [...new Set(declaredEvents(statechart, value))];
  if (params === undefined) return declared;
  const snapshot = machineOf(statechart, registry).resolveState({ value, context: {} });
  return declared.filter((type) => snapshot.can({ ...params, type }));
}

// Events with a transition in the active state or one of its active ancestors, read from the chart itself.
function declaredEvents(node: Statechart | StateNode, value: StateValue): string[] {
  const entries = typeof value === 'string' ? [[value, null] as const] : Object.entries(value);
  return entries.flatMap(([name, childValue]) => {
    const child = node.states?.[name];
    if (!child) return [];
    const own = Object.keys(child.on ?? {});
    return childValue ? [...own, ...declaredEvents(child, childValue as StateValue)] : own;
  });
}
