import type { LifecycleOptions } from '../generated/event-type.ts';
import type { Statechart, StateNode, Transition, Transitions } from '../generated/statechart.ts';

/**
 * A part of a template that a bundle switches on or off (`lifecycle.options`), described as data so a new
 * option needs no code: the states that exist only when it is on, the actions that only make sense then,
 * and the transitions that replace the template's when it is off.
 */
export interface LifecycleTemplateOption {
  description?: string;
  /** States removed when the option is off, together with every transition into them. */
  states?: string[];
  /** Action names removed from every transition when the option is off. */
  actions?: string[];
  /** Transitions set (replacing the template's) when the option is off: state -> event -> transition. */
  whenOff?: Record<string, Record<string, Transitions>>;
}

/** Option names a template may declare; they are the keys of the bundle's `lifecycle.options`. */
export type LifecycleOptionName = keyof LifecycleOptions;

/**
 * Pure: the template's statechart with every option the bundle leaves off (absent = off) cut out. Order:
 * the `whenOff` replacements first, then the option's states and every transition into them, then its
 * actions. Flat charts only (the shipped templates are flat); nested states are kept as they are.
 */
export function applyLifecycleOptions(
  chart: Statechart,
  templateOptions: Readonly<Record<string, LifecycleTemplateOption>>,
  options: LifecycleOptions | undefined,
): Statechart {
  const result = structuredClone(chart);
  const off = Object.entries(templateOptions).filter(
    ([name]) => options?.[name as LifecycleOptionName] !== true,
  );
  for (const [, option] of off) {
    for (const [state, events] of Object.entries(option.whenOff ?? {})) {
      const node = result.states[state];
      if (node) node.on = { ...node.on, ...structuredClone(events) };
    }
  }
  const dropped = new Set(off.flatMap(([, option]) => option.states ?? []));
  const droppedActions = new Set(off.flatMap(([, option]) => option.actions ?? []));
  for (const name of dropped) delete result.states[name];
  for (const node of Object.values(result.states)) {
    if (node) pruneNode(node, dropped, droppedActions);
  }
  return result;
}

function pruneNode(node: StateNode, dropped: Set<string>, droppedActions: Set<string>): void {
  if (!node.on) return;
  for (const [event, transitions] of Object.entries(node.on)) {
    if (transitions === undefined) continue;
    const kept = (Array.isArray(transitions) ? transitions : [transitions])
      .filter((transition) => !dropped.has(targetOf(transition) ?? ''))
      .map((transition) => withoutActions(transition, droppedActions));
    if (kept.length === 0) delete node.on[event];
    else node.on[event] = kept.length === 1 ? kept[0] : (kept as Transitions);
  }
}

function targetOf(transition: Transition): string | undefined {
  return typeof transition === 'string' ? transition : transition.target;
}

function withoutActions(transition: Transition, droppedActions: Set<string>): Transition {
  if (typeof transition === 'string' || !transition.actions) return transition;
  const actions = transition.actions.filter((action) => !droppedActions.has(action));
  const { actions: _, ...rest } = transition;
  return actions.length > 0 ? { ...rest, actions } : rest;
}
