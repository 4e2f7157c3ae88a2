import type { EventType } from '@festplatz/core';
import { and, eq } from 'drizzle-orm';
import { sharedBundle } from './bundle-cache.ts';
import type { FestplatzDb } from './db.ts';
import { contentHash } from './hash.ts';
import { prepared } from './sqlite/prepared.ts';
import { eventTypes } from './sqlite/schema.ts';

/**
 * Outcome of {@link publishEventType}. `hash` is present on both branches (the hash of the given bundle);
 * on conflict `error.existingHash` is the hash of the version already published.
 */
export type PublishResult =
  | { ok: true; hash: string; created: boolean }
  | { ok: false; hash: string; error: { code: 'CONFLICT'; existingHash: string } };

/**
 * Publishes an event-type bundle as immutable `(tenant, id, version)`: republishing identical content is a
 * no-op, different content under the same version is a CONFLICT (publish a new version instead). Cases pin
 * a version, so changing a published one would change the rules of cases already submitted.
 */
export function publishEventType(
  db: FestplatzDb,
  tenantId: string,
  bundle: EventType,
  now: Date = new Date(),
): PublishResult {
  const hash = contentHash(bundle);
  return db.sqlite.transaction((): PublishResult => {
    const existing = findEventTypeRow(db, tenantId, bundle.id, bundle.version);
    if (existing) {
      return existing.contentHash === hash
        ? { ok: true, hash, created: false }
        : { ok: false, hash, error: { code: 'CONFLICT', existingHash: existing.contentHash } };
    }
    db.orm
      .insert(eventTypes)
      .values({
        tenantId,
        id: bundle.id,
        version: bundle.version,
        bundle,
        contentHash: hash,
        publishedAt: now,
      })
      .run();
    return { ok: true, hash, created: true };
  })();
}

/** A published event type as stored. */
export interface EventTypeRow {
  bundle: EventType;
  contentHash: string;
}

/** The content hash of a published event type version, without reading the bundle itself. */
export function findEventTypeHash(
  db: FestplatzDb,
  tenantId: string,
  id: string,
  version: number,
): string | null {
  const row = db.orm
    .select({ contentHash: eventTypes.contentHash })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.id, id), eq(eventTypes.version, version)))
    .get();
  return row?.contentHash ?? null;
}

/** Loads a published event type version (internal: editions pin one). */
export function findEventTypeRow(
  db: FestplatzDb,
  tenantId: string,
  id: string,
  version: number,
): EventTypeRow | null {
  const row = db.orm
    .select({ bundle: eventTypes.bundle, contentHash: eventTypes.contentHash })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.id, id), eq(eventTypes.version, version)))
    .get();
  // Stored bundles were parsed by core's parseEventType before publishing, so they are trusted here.
  return row ? { bundle: row.bundle as EventType, contentHash: row.contentHash } : null;
}

/**
 * The published bundle with this content hash in this tenant; null when the tenant has none. The parsed
 * object is shared per hash (see bundle-cache.ts), the tenant check runs on every call.
 */
export function findEventTypeByHash(db: FestplatzDb, tenantId: string, hash: string): EventType | null {
  const found = prepared(db, 'SELECT bundle FROM event_types WHERE tenant_id = ? AND content_hash = ?').get(
    tenantId,
    hash,
  ) as { bundle: string } | undefined;
  return found ? sharedBundle(db, hash, () => JSON.parse(found.bundle) as EventType) : null;
}
