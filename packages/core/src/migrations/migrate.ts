import { editionV1ToV2, eventTypeV1ToV2 } from './v1-to-v2.ts';

type Raw = Record<string, unknown>;
type Step = (input: Raw) => Raw;

/** The current schema version of event-type bundles and editions. */
export const CURRENT_SCHEMA_VERSION = 2;

// One entry per step, keyed by the version it upgrades from (lesson 12: version everything persisted).
const EVENT_TYPE_STEPS: Record<number, Step> = { 1: eventTypeV1ToV2 };
const EDITION_STEPS: Record<number, Step> = { 1: editionV1ToV2 };

/**
 * Upgrades an event-type bundle of an older `schemaVersion` step by step to the current one. Input that is
 * not an object or has an unknown version is returned unchanged, for validation to report.
 */
export function migrateEventType(input: unknown): unknown {
  return migrate(input, EVENT_TYPE_STEPS);
}

/** Upgrades an edition of an older `schemaVersion` step by step to the current one. */
export function migrateEdition(input: unknown): unknown {
  return migrate(input, EDITION_STEPS);
}

function migrate(input: unknown, steps: Record<number, Step>): unknown {
  let current = input;
  while (current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const version = (current as Raw).schemaVersion;
    const step = typeof version === 'number' ? steps[version] : undefined;
    if (step === undefined) break;
    current = step(current as Raw);
  }
  return current;
}
