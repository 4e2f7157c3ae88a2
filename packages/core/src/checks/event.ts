import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';

/** An event in a public facility is by definition not festgesetzt (GEW-1, GEW-4). */
export function eventIssues(context: CheckContext): Issue[] {
  if (!context.intact('/event')) return [];
  const { legalType, festgesetzt } = context.bundle.event;
  return legalType === 'public_facility' && festgesetzt
    ? [{ path: '/event/festgesetzt', code: 'festgesetztNotPossible', params: { legalType } }]
    : [];
}
