/**
 * PostgreSQL tables of Festplatz (drizzle), mirroring `src/sqlite/schema.ts` table by table and column by
 * column (schema.test.ts checks the names). This file is the single source of the row types and of the
 * generated migrations in `drizzle/pg/` (`npm run db:generate:pg -w @festplatz/case-engine`).
 *
 * Type mapping from the SQLite side: text ids stay text; `timestamp_ms` integers become `timestamptz(3)` (read
 * back as `Date`, millisecond precision like JavaScript); JSON text columns become `jsonb`; integers stay
 * `integer`. jsonb does not keep object key order, so anything hashed is hashed over canonical JSON.
 */
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A point in time with millisecond precision, read as `Date` (the SQLite side's `timestamp_ms`). */
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

const createdAt = () =>
  instant('created_at')
    .notNull()
    .$defaultFn(() => new Date());

/** A municipality; every other row belongs to one. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: jsonb('name').notNull().$type<{ de: string; en?: string }>(),
  createdAt: createdAt(),
});

/** An applicant or staff member, identified by the normalised (lower-case) e-mail address. */
export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  email: text('email').notNull().unique(),
  createdAt: createdAt(),
});

/** A staff role of a user in a tenant (a user may hold several roles). */
export const memberships = pgTable(
  'memberships',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'clerk', 'reviewer', 'auditor'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tenantId, t.role] })],
);

/** Magic sign-in links; only the sha-256 hash of the token is stored, `used_at` makes them single use. */
export const magicLinks = pgTable('magic_links', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  next: text('next'),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  createdAt: createdAt(),
});

/** Sign-in sessions; only the sha-256 hash of the cookie value is stored. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    authMethod: text('auth_method', { enum: ['email', 'oidc'] })
      .notNull()
      .default('email'),
    trustLevel: text('trust_level', { enum: ['basis', 'substanziell', 'hoch'] })
      .notNull()
      .default('basis'),
    representing: jsonb('representing').$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** An account at an OpenID provider (BundID broker, organisation account) linked to a user. */
export const externalIdentities = pgTable(
  'external_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('external_identities_user_idx').on(t.userId)],
);

/** Published, immutable event-type bundles per (tenant, id, version). */
export const eventTypes = pgTable(
  'event_types',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    bundle: jsonb('bundle').notNull().$type<unknown>(),
    contentHash: text('content_hash').notNull(),
    publishedAt: instant('published_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id, t.version] })],
);

/** Dated instances of an event type, pinned to one published version. */
export const editions = pgTable(
  'editions',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    eventTypeId: text('event_type_id').notNull(),
    eventTypeVersion: integer('event_type_version').notNull(),
    edition: jsonb('edition').notNull().$type<unknown>(),
    demoOriginalPeriod: jsonb('demo_original_period').$type<{ opens: string; closes: string }>(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.tenantId, t.eventTypeId, t.eventTypeVersion],
      foreignColumns: [eventTypes.tenantId, eventTypes.id, eventTypes.version],
    }),
    index('editions_tenant_idx').on(t.tenantId),
  ],
);

/** The case: current lifecycle snapshot plus a projection (summary columns) for lists. */
export const applications = pgTable(
  'applications',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    editionId: text('edition_id')
      .notNull()
      .references(() => editions.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => users.id),
    state: text('state').notNull(),
    snapshot: jsonb('snapshot').notNull().$type<unknown>(),
    data: jsonb('data').notNull().$type<unknown>(),
    applicantName: text('applicant_name').notNull(),
    companyName: text('company_name'),
    categoryId: text('category_id'),
    /** `id@version` of the lifecycle statechart this case runs under (old cases keep their version). */
    lifecycle: text('lifecycle').notNull(),
    /** sha-256 of the canonical JSON of the pinned event-type bundle. */
    eventTypeHash: text('event_type_hash').notNull(),
    /** sha-256 of the canonical JSON of `data` as last stored (drafts and submissions): compares retries cheaply. */
    dataHash: text('data_hash'),
    /** The client's key of the submit request (browser retries); unique per applicant, null without one. */
    idempotencyKey: text('idempotency_key'),
    submittedAt: instant('submitted_at'),
    /** Optimistic concurrency: every write does `UPDATE ... WHERE version = $n` and increments it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('applications_tenant_submitted_idx').on(t.tenantId, t.submittedAt),
    index('applications_applicant_idx').on(t.applicantId),
    index('applications_edition_idx').on(t.editionId),
    // A retried submit finds its case here; the unique index also decides a race of two such requests.
    uniqueIndex('applications_applicant_idempotency_key_idx').on(t.applicantId, t.idempotencyKey),
  ],
);

/** Append-only event log of each case (UPDATE, DELETE and TRUNCATE are rejected by triggers, see drizzle/pg). */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull().$type<unknown>(),
    actorId: text('actor_id').references(() => users.id),
    at: instant('at').notNull(),
    lifecycle: text('lifecycle').notNull(),
    /**
     * Hash chain (SEC-6, see src/audit/): `prev_hash` is the `hash` of the case's previous event (GENESIS_HASH
     * for seq 1), `hash` the sha-256 over this event's canonical content plus `prev_hash`. NOT NULL here,
     * unlike SQLite, which had rows from before the chain existed; PostgreSQL starts sealed.
     */
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [unique('application_events_seq_unique').on(t.applicationId, t.seq)],
);

/**
 * Transactional outbox: side effects written in the same transaction as the command and delivered at least
 * once by the dispatcher (src/outbox/), with backoff and a dead-letter state. Mirrors the SQLite table.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    /** One message per key: enqueueing a key twice is a no-op, and handlers use it to stay idempotent. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** Name of the delivery handler in the registry passed to the dispatcher, e.g. 'mail.receipt'. */
    handler: text('handler').notNull(),
    payload: jsonb('payload').notNull().$type<unknown>(),
    /** For the admin's dead-letter list; null for messages that belong to no tenant. */
    tenantId: text('tenant_id').references(() => tenants.id),
    applicationId: text('application_id').references(() => applications.id),
    status: text('status', { enum: ['pending', 'delivered', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Due time; a dispatcher claiming the row pushes it forward by its lease so no other one takes it. */
    nextAttemptAt: instant('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: instant('delivered_at'),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_tenant_status_idx').on(t.tenantId, t.status),
  ],
);

/** Uploaded content addressed by its sha-256 (see the SQLite schema). */
export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  createdAt: createdAt(),
});

/** A document handed in for a case (see the SQLite schema). */
export const documents = pgTable(
  'documents',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => users.id),
    kindId: text('kind_id').notNull(),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => blobs.sha256),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    validFrom: text('valid_from'),
    validUntil: text('valid_until'),
    reviewStatus: text('review_status', { enum: ['pending', 'accepted', 'rejected'] })
      .notNull()
      .default('pending'),
    reviewNote: text('review_note'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: instant('reviewed_at'),
    removedAt: instant('removed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_application_idx').on(t.applicationId),
    index('documents_applicant_idx').on(t.applicantId),
  ],
);

/** The thread between applicant and office of one case (see the SQLite schema). */
export const messages = pgTable(
  'messages',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    authorRole: text('author_role', { enum: ['applicant', 'staff'] }).notNull(),
    body: text('body').notNull(),
    trustLevel: text('trust_level', { enum: ['basis', 'substanziell', 'hoch'] })
      .notNull()
      .default('basis'),
    readAt: instant('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('messages_application_idx').on(t.applicationId, t.createdAt)],
);

/** A file attached to a message (see the SQLite schema). */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => blobs.sha256),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('message_attachments_message_idx').on(t.messageId)],
);

/** An optional consent, withdrawable (see the SQLite schema). */
export const consents = pgTable(
  'consents',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => users.id),
    consentId: text('consent_id').notNull(),
    textVersion: text('text_version').notNull(),
    givenAt: instant('given_at').notNull(),
    withdrawnAt: instant('withdrawn_at'),
  },
  (t) => [index('consents_application_idx').on(t.applicationId)],
);
