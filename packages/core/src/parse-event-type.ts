import { eventTypeIssues } from './event-type-checks.ts';
import type { EventType } from './generated/event-type.ts';
import type { ParseResult } from './issue.ts';
import { metaSchemaIssues } from './meta-schemas.ts';

/**
 * Checks untrusted input as an event-type bundle: first against the meta-schema, then (only if that
 * passes, so the checks can rely on the shape) the cross-section checks.
 */
export function parseEventType(input: unknown): ParseResult<EventType> {
  const shapeIssues = metaSchemaIssues('event-type', input);
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const bundle = input as EventType;
  const issues = eventTypeIssues(bundle);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: bundle };
}
