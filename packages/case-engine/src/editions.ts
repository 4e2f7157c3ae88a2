import { applicationPeriodStatus, type Edition, type EventType } from '@festplatz/core';
import { eq } from 'drizzle-orm';
import { sharedBundle } from './bundle-cache.ts';
import type { FestplatzDb } from './db.ts';
import { findEventTypeHash, findEventTypeRow } from './event-types.ts';
import { prepared } from './sqlite/prepared.ts';
import { editions } from './sqlite/schema.ts';

/** An edition with its pinned event-type bundle. */
export interface EditionRecord {
  tenantId: string;
  edition: Edition;
  eventType: EventType;
  /** The real period when a demo shifted the stored one to "open now"; null otherwise. */
  demoOriginalPeriod: { opens: string; closes: string } | null;
  /** sha-256 of the pinned bundle's canonical JSON. */
  eventTypeHash: string;
}

/**
 * Creates or replaces an edition. The pinned event-type version must already be published for the tenant;
 * an edition id of another tenant is refused, since edition ids are global (they appear in public URLs).
 */
export function saveEdition(
  db: FestplatzDb,
  tenantId: string,
  edition: Edition,
  demoOriginalPeriod?: { opens: string; closes: string },
  now: Date = new Date(),
): void {
  db.sqlite.transaction(() => {
    if (!findEventTypeRow(db, tenantId, edition.eventTypeId, edition.eventTypeVersion)) {
      throw new Error(
        `saveEdition: event type ${edition.eventTypeId}@${edition.eventTypeVersion} is not published for tenant ${tenantId}; call publishEventType first`,
      );
    }
    const owner = db.orm
      .select({ tenantId: editions.tenantId })
      .from(editions)
      .where(eq(editions.id, edition.id))
      .get();
    if (owner && owner.tenantId !== tenantId) {
      throw new Error(`saveEdition: edition id ${edition.id} already belongs to another tenant`);
    }
    const values = {
      tenantId,
      eventTypeId: edition.eventTypeId,
      eventTypeVersion: edition.eventTypeVersion,
      edition,
      demoOriginalPeriod: demoOriginalPeriod ?? null,
      updatedAt: now,
    };
    db.orm
      .insert(editions)
      .values({ id: edition.id, ...values })
      .onConflictDoUpdate({ target: editions.id, set: values })
      .run();
  })();
}

/** Finds an edition (any tenant: edition ids are global) with its pinned event type. */
export function findEdition(db: FestplatzDb, editionId: string): EditionRecord | null {
  // Every submission starts here, so edition and pinned hash come from one prepared statement (the composite
  // foreign key means the LEFT JOIN finds the hash; toRecord still refuses a row without one).
  const row = prepared(
    db,
    `SELECT e.id, e.tenant_id AS tenantId, e.event_type_id AS eventTypeId,
       e.event_type_version AS eventTypeVersion, e.edition, e.demo_original_period AS demoOriginalPeriod,
       t.content_hash AS contentHash
     FROM editions e LEFT JOIN event_types t
       ON t.tenant_id = e.tenant_id AND t.id = e.event_type_id AND t.version = e.event_type_version
     WHERE e.id = ?`,
  ).get(editionId) as EditionRow | undefined;
  if (!row) return null;
  const decoded = {
    ...row,
    edition: JSON.parse(row.edition) as unknown,
    demoOriginalPeriod: row.demoOriginalPeriod === null ? null : JSON.parse(row.demoOriginalPeriod),
  };
  return toRecord(db, decoded, row.contentHash);
}

/** An editions row joined with its pinned hash, as SQLite returns it (json columns still text). */
interface EditionRow {
  id: string;
  tenantId: string;
  eventTypeId: string;
  eventTypeVersion: number;
  edition: string;
  demoOriginalPeriod: string | null;
  contentHash: string | null;
}

/** Editions whose application period is open at `now` (DATE-1), across all tenants of the shared portal. */
export function listOpenEditions(db: FestplatzDb, now: Date): EditionRecord[] {
  return db.orm
    .select()
    .from(editions)
    .orderBy(editions.id)
    .all()
    .map((row) => toRecord(db, row))
    .filter((record) => applicationPeriodStatus(record.edition, now) === 'open');
}

function toRecord(
  db: FestplatzDb,
  row: Omit<typeof editions.$inferSelect, 'createdAt' | 'updatedAt'>,
  knownHash?: string | null,
): EditionRecord {
  const pinned = (): never => {
    // The composite foreign key guarantees the pinned version exists.
    throw new Error(`edition ${row.id} pins an event type that is missing`);
  };
  const hash =
    (knownHash === undefined
      ? findEventTypeHash(db, row.tenantId, row.eventTypeId, row.eventTypeVersion)
      : knownHash) ?? pinned();
  const eventType = sharedBundle(
    db,
    hash,
    () => findEventTypeRow(db, row.tenantId, row.eventTypeId, row.eventTypeVersion)?.bundle ?? pinned(),
  );
  return {
    tenantId: row.tenantId,
    edition: row.edition as Edition,
    eventType,
    demoOriginalPeriod: row.demoOriginalPeriod ?? null,
    eventTypeHash: hash,
  };
}
