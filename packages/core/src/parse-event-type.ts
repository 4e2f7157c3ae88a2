import { crossSectionIssues } from './checks/index.ts';
import type { EventType } from './generated/event-type.ts';
import type { ParseResult } from './issue.ts';
import { LIFECYCLE_VOCABULARY, type LifecycleVocabulary } from './lifecycle/vocabulary.ts';
import { metaSchemaIssues } from './meta-schemas.ts';
import { migrateEventType } from './migrations/migrate.ts';

/** Options of parseEventType. */
export interface ParseEventTypeOptions {
  /** Guard and action names the lifecycle may use; defaults to what the case engine implements. */
  lifecycleVocabulary?: LifecycleVocabulary;
}

/**
 * Checks untrusted input as an event-type bundle: upgrades an older `schemaVersion` first, then checks
 * the meta-schema and the cross-section rules. The cross-section checks also run on every part the
 * meta-schema accepted, so all problems are reported in one run.
 */
export function parseEventType(input: unknown, options: ParseEventTypeOptions = {}): ParseResult<EventType> {
  const migrated = migrateEventType(input);
  const metaIssues = metaSchemaIssues('event-type', migrated);
  const issues = [
    ...metaIssues,
    ...crossSectionIssues(migrated, metaIssues, options.lifecycleVocabulary ?? LIFECYCLE_VOCABULARY),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: migrated as EventType };
}
