import { applicationPeriodStatus, type Edition, type EventType } from '@festplatz/core';
import { and, eq, sql } from 'drizzle-orm';
import type { EditionRecord } from '../../editions.ts';
import type { PublishResult } from '../../event-types.ts';
import { contentHash } from '../../hash.ts';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { editions, eventTypes } from '../../pg/schema.ts';

/** Publishes an immutable (tenant, id, version); same content is a no-op, other content a CONFLICT. */
export async function publishEventType(
  db: FestplatzPgDb,
  tenantId: string,
  bundle: EventType,
  now: Date = new Date(),
): Promise<PublishResult> {
  const hash = contentHash(bundle);
  // Insert-or-ignore first, compare after: with several instances, reading first could race.
  const inserted = await db.orm
    .insert(eventTypes)
    .values({ tenantId, id: bundle.id, version: bundle.version, bundle, contentHash: hash, publishedAt: now })
    .onConflictDoNothing()
    .returning({ id: eventTypes.id });
  if (inserted.length === 1) return { ok: true, hash, created: true };
  const existingHash = await publishedHash(db, tenantId, bundle.id, bundle.version);
  if (existingHash === null) throw new Error(`publishEventType: ${bundle.id}@${bundle.version} vanished`);
  return existingHash === hash
    ? { ok: true, hash, created: false }
    : { ok: false, hash, error: { code: 'CONFLICT', existingHash } };
}

async function publishedHash(db: FestplatzPgDb, tenantId: string, id: string, version: number) {
  const [row] = await db.orm
    .select({ contentHash: eventTypes.contentHash })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.id, id), eq(eventTypes.version, version)));
  return row?.contentHash ?? null;
}

/** Creates or replaces an edition of a tenant (same rules and messages as the SQLite `saveEdition`). */
export async function saveEdition(
  db: FestplatzPgDb,
  tenantId: string,
  edition: Edition,
  demoOriginalPeriod?: { opens: string; closes: string },
  now: Date = new Date(),
): Promise<void> {
  if ((await publishedHash(db, tenantId, edition.eventTypeId, edition.eventTypeVersion)) === null) {
    throw new Error(
      `saveEdition: event type ${edition.eventTypeId}@${edition.eventTypeVersion} is not published for tenant ${tenantId}; call publishEventType first`,
    );
  }
  const values = {
    tenantId,
    eventTypeId: edition.eventTypeId,
    eventTypeVersion: edition.eventTypeVersion,
    edition,
    demoOriginalPeriod: demoOriginalPeriod ?? null,
    updatedAt: now,
  };
  // The tenant check is part of the upsert (setWhere), so it cannot race with another instance.
  const saved = await db.orm
    .insert(editions)
    .values({ id: edition.id, ...values })
    .onConflictDoUpdate({ target: editions.id, set: values, setWhere: eq(editions.tenantId, tenantId) })
    .returning({ id: editions.id });
  if (saved.length === 0) {
    throw new Error(`saveEdition: edition id ${edition.id} already belongs to another tenant`);
  }
}

/** The published bundle with this content hash in this tenant (immutable, so callers may cache it). */
export async function findEventTypeByHash(
  db: FestplatzPgDb,
  tenantId: string,
  contentHash: string,
): Promise<EventType | null> {
  const [row] = await db.orm
    .select({ bundle: eventTypes.bundle })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.contentHash, contentHash)))
    .limit(1);
  // Stored bundles were parsed by core before publishing, so they are trusted here.
  return row ? (row.bundle as EventType) : null;
}

function selectEditions(db: FestplatzPgDb) {
  return db.orm
    .select({ row: editions, bundle: eventTypes.bundle, contentHash: eventTypes.contentHash })
    .from(editions)
    .innerJoin(
      eventTypes,
      and(
        eq(eventTypes.tenantId, editions.tenantId),
        eq(eventTypes.id, editions.eventTypeId),
        eq(eventTypes.version, editions.eventTypeVersion),
      ),
    );
}

type EditionJoin = Awaited<ReturnType<typeof selectEditions>>[number];

function toRecord({ row, bundle, contentHash }: EditionJoin): EditionRecord {
  // Stored bundles and editions were parsed by core before they were saved, so they are trusted here.
  return {
    tenantId: row.tenantId,
    edition: row.edition as Edition,
    eventType: bundle as EventType,
    demoOriginalPeriod: row.demoOriginalPeriod ?? null,
    eventTypeHash: contentHash,
  };
}

/** Finds an edition (any tenant: edition ids are global) with its pinned event type. */
export async function findEdition(db: FestplatzPgDb, editionId: string): Promise<EditionRecord | null> {
  const [found] = await selectEditions(db).where(eq(editions.id, editionId));
  return found ? toRecord(found) : null;
}

/** Editions whose application period is open at `now` (DATE-1), across all tenants, ordered by id. */
export async function listOpenEditions(db: FestplatzPgDb, now: Date): Promise<EditionRecord[]> {
  // COLLATE "C": byte order like SQLite, whatever locale the cluster was created with.
  const rows = await selectEditions(db).orderBy(sql`${editions.id} COLLATE "C"`);
  return rows.map(toRecord).filter((record) => applicationPeriodStatus(record.edition, now) === 'open');
}
