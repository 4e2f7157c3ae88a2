/**
 * SQLite tables of Festplatz (drizzle). This file is the single source of the row types and of the generated
 * migrations in `drizzle/sqlite/` (`npm run db:generate -w @festplatz/case-engine`).
 *
 * Conventions: ids are text (uuid from `crypto.randomUUID()` unless the id is a human slug like a tenant or
 * edition id); timestamps are integer milliseconds since the epoch (`timestamp_ms`, read back as `Date`);
 * JSON columns are text (`mode: 'json'`).
 */
import {
  foreignKey,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date());

/** A municipality; every other row belongs to one. */
export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name', { mode: 'json' }).notNull().$type<{ de: string; en?: string }>(),
  createdAt: createdAt(),
});

/** An applicant or staff member, identified by the normalised (lower-case) e-mail address. */
export const users = sqliteTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  email: text('email').notNull().unique(),
  createdAt: createdAt(),
});

/** A staff role of a user in a tenant (a user may hold several roles). */
export const memberships = sqliteTable(
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
export const magicLinks = sqliteTable('magic_links', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  next: text('next'),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
});

/** Sign-in sessions; only the sha-256 hash of the cookie value is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** How the user signed in ('email' magic link or 'oidc' through an identity broker). */
    authMethod: text('auth_method', { enum: ['email', 'oidc'] })
      .notNull()
      .default('email'),
    /** The assurance level the sign-in achieved (AUTH-2): 'basis' < 'substanziell' < 'hoch'. */
    trustLevel: text('trust_level', { enum: ['basis', 'substanziell', 'hoch'] })
      .notNull()
      .default('basis'),
    /** The legal entity the person acts for and in which role (AUTH-4), from an organisation account. */
    representing: text('representing', { mode: 'json' }).$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** An account at an OpenID provider (BundID broker, organisation account) linked to a user. */
export const externalIdentities = sqliteTable(
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
export const eventTypes = sqliteTable(
  'event_types',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    bundle: text('bundle', { mode: 'json' }).notNull().$type<unknown>(),
    contentHash: text('content_hash').notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id, t.version] })],
);

/** Dated instances of an event type, pinned to one published version. */
export const editions = sqliteTable(
  'editions',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    eventTypeId: text('event_type_id').notNull(),
    eventTypeVersion: integer('event_type_version').notNull(),
    edition: text('edition', { mode: 'json' }).notNull().$type<unknown>(),
    demoOriginalPeriod: text('demo_original_period', { mode: 'json' }).$type<{
      opens: string;
      closes: string;
    }>(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
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
export const applications = sqliteTable(
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
    snapshot: text('snapshot', { mode: 'json' }).notNull().$type<unknown>(),
    data: text('data', { mode: 'json' }).notNull().$type<unknown>(),
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
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** Optimistic concurrency: every write does `UPDATE ... WHERE version = ?` and increments it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('applications_tenant_submitted_idx').on(t.tenantId, t.submittedAt),
    index('applications_applicant_idx').on(t.applicantId),
    index('applications_edition_idx').on(t.editionId),
    // A retried submit finds its case here; the unique index also decides a race of two such requests.
    uniqueIndex('applications_applicant_idempotency_key_idx').on(t.applicantId, t.idempotencyKey),
  ],
);

/** Append-only event log of each case (UPDATE and DELETE are rejected by triggers, see the custom migration). */
export const applicationEvents = sqliteTable(
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
    payload: text('payload', { mode: 'json' }).notNull().$type<unknown>(),
    actorId: text('actor_id').references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    lifecycle: text('lifecycle').notNull(),
    /**
     * Hash chain (SEC-6, see src/audit/): `prev_hash` is the `hash` of the case's previous event (GENESIS_HASH
     * for seq 1), `hash` the sha-256 over this event's canonical content plus `prev_hash`. Nullable only for
     * rows written before the chain existed; openDatabase seals those once and a trigger refuses new ones.
     */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [unique('application_events_seq_unique').on(t.applicationId, t.seq)],
);

/**
 * Transactional outbox: side effects (mail, later DMS and webhooks) written in the same transaction as the
 * command and delivered at least once by the dispatcher (src/outbox/), with backoff and a dead-letter state.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    /** One message per key: enqueueing a key twice is a no-op, and handlers use it to stay idempotent. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** Name of the delivery handler in the registry passed to the dispatcher, e.g. 'mail.receipt'. */
    handler: text('handler').notNull(),
    payload: text('payload', { mode: 'json' }).notNull().$type<unknown>(),
    /** For the admin's dead-letter list; null for messages that belong to no tenant. */
    tenantId: text('tenant_id').references(() => tenants.id),
    applicationId: text('application_id').references(() => applications.id),
    status: text('status', { enum: ['pending', 'delivered', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Due time; a dispatcher claiming the row pushes it forward by its lease so no other one takes it. */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_tenant_status_idx').on(t.tenantId, t.status),
  ],
);

/**
 * Uploaded content, addressed by its sha-256 (SEC-2): the bytes live in the blob store under that name, outside
 * the web root; one row per distinct content however often it is referenced.
 */
export const blobs = sqliteTable('blobs', {
  sha256: text('sha256').primaryKey(),
  /** Detected from the content (magic bytes), never from the file name. */
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  createdAt: createdAt(),
});

/** A document handed in for a case (DOC-1..8): which kind, which content, valid when, and its review. */
export const documents = sqliteTable(
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
    /** The document kind's id in the case's bundle (e.g. 'liability_insurance'). */
    kindId: text('kind_id').notNull(),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => blobs.sha256),
    /** The name the applicant's file had; shown, never used to store or to type it. */
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Calendar dates (YYYY-MM-DD) the document is valid from and until, as the applicant states them. */
    validFrom: text('valid_from'),
    validUntil: text('valid_until'),
    reviewStatus: text('review_status', { enum: ['pending', 'accepted', 'rejected'] })
      .notNull()
      .default('pending'),
    reviewNote: text('review_note'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    /** Set when the applicant removes or replaces it; kept for the case file. */
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_application_idx').on(t.applicationId),
    index('documents_applicant_idx').on(t.applicantId),
  ],
);

/** The thread between applicant and office of one case (SEC-5: instead of e-mail). */
export const messages = sqliteTable(
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
    /** The author's sign-in level (AUTH-2): a message sent at a higher level is not shown to a lower login. */
    trustLevel: text('trust_level', { enum: ['basis', 'substanziell', 'hoch'] })
      .notNull()
      .default('basis'),
    /** When the other side first read it. */
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('messages_application_idx').on(t.applicationId, t.createdAt)],
);

/** A file attached to a message; the content is a blob like a document's. */
export const messageAttachments = sqliteTable(
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

/** An optional consent (DS-1, Art. 7 DSGVO): given with the text version shown, withdrawable at any time. */
export const consents = sqliteTable(
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
    /** The consent's id in the bundle. */
    consentId: text('consent_id').notNull(),
    /** The version of the consent text the applicant agreed to. */
    textVersion: text('text_version').notNull(),
    givenAt: integer('given_at', { mode: 'timestamp_ms' }).notNull(),
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('consents_application_idx').on(t.applicationId)],
);
