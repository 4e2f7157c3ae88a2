import type { Statechart, StateNode, TransitionObject } from './generated/statechart.ts';
import type { Issue } from './issue.ts';
import { escapeToken } from './json-pointer.ts';

/**
 * Checks that every `initial` names a child state and every transition targets a sibling state (the
 * XState default for a plain target name), so a published lifecycle cannot strand a case.
 */
export function statechartIssues(chart: Statechart, path: string): Issue[] {
  return nodeIssues(chart, path);
}

function nodeIssues(node: Statechart | StateNode, path: string): Issue[] {
  const states = node.states ?? {};
  const names = Object.keys(states);
  const issues: Issue[] = [];
  if (node.initial !== undefined && !Object.hasOwn(states, node.initial)) {
    issues.push({
      path: `${path}/initial`,
      code: 'lifecycleInitialUnknown',
      params: { initial: node.initial, states: names },
    });
  }
  for (const [name, child] of Object.entries(states)) {
    if (!child) continue;
    const childPath = `${path}/states/${escapeToken(name)}`;
    for (const [event, transitions] of Object.entries(child.on ?? {})) {
      const list = Array.isArray(transitions) ? transitions : [transitions];
      list.forEach((transition, index) => {
        const target = typeof transition === 'string' ? transition : (transition as TransitionObject)?.target;
        if (target === undefined || Object.hasOwn(states, target)) return;
        let at = `${childPath}/on/${escapeToken(event)}`;
        if (Array.isArray(transitions)) at += `/${index}`;
        if (typeof transition !== 'string') at += '/target';
        issues.push({
          path: at,
          code: 'lifecycleTargetUnknown',
          params: { event, state: name, target, states: names },
        });
      });
    }
    issues.push(...nodeIssues(child, childPath));
  }
  return issues;
}
