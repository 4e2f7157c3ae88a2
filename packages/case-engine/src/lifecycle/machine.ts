import type { Statechart, StateNode } from '@festplatz/core';
import { type AnyStateMachine, createMachine } from 'xstate';
import type { LifecycleRegistry } from './registry.ts';

/** Why a statechart cannot become a machine: the guard and action names the registry does not know. */
export interface UnknownLifecycleNames {
  code: 'LIFECYCLE_NAME_UNKNOWN';
  guards: string[];
  actions: string[];
}

/** The guard and action names a statechart references, each once, in document order. */
export function namesInStatechart(chart: Statechart): { guards: string[]; actions: string[] } {
  const guards = new Set<string>();
  const actions = new Set<string>();
  const visit = (node: Statechart | StateNode) => {
    for (const child of Object.values(node.states ?? {})) {
      if (!child) continue;
      for (const transitions of Object.values(child.on ?? {})) {
        for (const transition of [transitions ?? []].flat()) {
          if (typeof transition === 'string') continue;
          if (transition.guard) guards.add(transition.guard);
          for (const action of transition.actions ?? []) actions.add(action);
        }
      }
      visit(child);
    }
  };
  visit(chart);
  return { guards: [...guards], actions: [...actions] };
}

/**
 * Builds the XState v5 machine of a statechart with the registry's guards provided
 * (`createMachine(config).provide({ guards })`). Actions stay names: XState's pure `transition()` returns
 * them and the caller runs them after commit. An unknown name is an error value here, so a chart that
 * cannot run is refused before any case moves under it.
 */
export function buildLifecycleMachine(
  chart: Statechart,
  registry: LifecycleRegistry,
): { ok: true; machine: AnyStateMachine } | { ok: false; error: UnknownLifecycleNames } {
  const names = namesInStatechart(chart);
  const guards = names.guards.filter((name) => !Object.hasOwn(registry.guards, name));
  const actions = names.actions.filter((name) => !Object.hasOwn(registry.actions, name));
  if (guards.length > 0 || actions.length > 0) {
    return { ok: false, error: { code: 'LIFECYCLE_NAME_UNKNOWN', guards, actions } };
  }
  // The chart is validated JSON; XState's config typing cannot know its shape.
  const machine = createMachine(structuredClone(chart) as Parameters<typeof createMachine>[0]).provide({
    guards: registry.guards as Record<string, (args: { context: unknown; event: unknown }) => boolean>,
  } as Parameters<AnyStateMachine['provide']>[0]);
  return { ok: true, machine };
}
