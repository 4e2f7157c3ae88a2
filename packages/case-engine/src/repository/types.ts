import type { Edition, EventType, Localized } from '@festplatz/core';
import type { CaseRow } from '../applications/apply-event.ts';
import type { NewLogEntry } from '../applications/event-log.ts';
import type { ApplicationEvent, ApplicationRecord } from '../applications/records.ts';
import type { AuditVerification } from '../audit/check-chains.ts';
import type { EditionRecord } from '../editions.ts';
import type { PublishResult } from '../event-types.ts';
import type { OutboxStore } from '../outbox/store.ts';
import type { NewOutboxMessage, OutboxMessage } from '../outbox/types.ts';
import type { StaffRole, User } from '../users.ts';
import type { ConsentStore } from './consents-types.ts';
import type { DocumentStore } from './documents-types.ts';
import type { MessageStore } from './messages-types.ts';
import type { ExternalIdentityStore, SignInCircumstances } from './sign-in-types.ts';

// The storage contract both dialects fulfil (SQLite through the existing sync functions, PostgreSQL through
// drizzle pg queries). It is async because node-postgres is; the lifecycle logic (XState transitions, guards,
// validation) stays in the engine and only reads and writes through this interface.
// test/contract/repository.contract.ts is the one suite that every implementation must pass.

/** The lifecycle-relevant columns of a case, as read before a change (the same shape on both dialects). */
export type CaseState = CaseRow;

/** A new case row: the lifecycle columns plus the projection the lists show. */
export interface NewCase {
  id: string;
  tenantId: string;
  editionId: string;
  applicantId: string;
  state: string;
  snapshot: unknown;
  data: unknown;
  applicantName: string;
  companyName: string | null;
  categoryId: string | null;
  lifecycle: string;
  eventTypeHash: string;
  submittedAt: Date | null;
  /** sha-256 of the canonical JSON of `data` (see {@link CaseContent.dataHash}). */
  dataHash: string | null;
  /** The submit request's idempotency key; at most one case per applicant and key. */
  idempotencyKey: string | null;
  version: number;
  now: Date;
}

/** New form data of a case with the projection the lists show (a draft saved, a draft submitted). */
export interface CaseContent {
  data: unknown;
  applicantName: string;
  companyName: string | null;
  categoryId: string | null;
  /** sha-256 of the canonical JSON of `data`: a retried submit is compared by it, not by the data. */
  dataHash: string;
  /** Set when the change submits the case; omitted, the stored value stays. */
  submittedAt?: Date;
  /** Set when a submission carries one; omitted, the stored value stays. */
  idempotencyKey?: string;
}

/** A lifecycle change of a case, applied only if the case is still at `expectedVersion`. */
export interface CaseUpdate {
  id: string;
  expectedVersion: number;
  state: string;
  snapshot: unknown;
  now: Date;
  /** Replaces the form data and projection in the same change (drafts); omitted, they stay. */
  content?: CaseContent;
}

export type { NewLogEntry };

/**
 * Everything a submission writes, atomically: the case row, its first log entries (chained in this order,
 * `applicationId` = the case's id) and its outbox messages (due at their `dueAt`, else at `case.now`).
 */
export interface NewCaseChange {
  case: NewCase;
  events: readonly Omit<NewLogEntry, 'applicationId'>[];
  outbox: readonly NewOutboxMessage[];
}

/**
 * Everything a lifecycle command writes, atomically and only if the case is still at
 * `update.expectedVersion`: the new state/snapshot/version + 1, one log entry, the outbox messages (due at
 * their `dueAt`, else at `update.now`; a dedupe key already stored is skipped).
 */
export interface CaseChange {
  update: CaseUpdate;
  event: NewLogEntry;
  outbox: readonly NewOutboxMessage[];
}

/**
 * Result of {@link Repository.changeCase}: nothing was written unless `ok`; `currentVersion` null = no such
 * case. `idempotencyKeyTaken`: the version matched, but another case of the applicant holds
 * `update.content.idempotencyKey`.
 */
export type CaseChangeOutcome =
  | { ok: true }
  | { ok: false; currentVersion: number | null; idempotencyKeyTaken?: true };

/** Result of {@link Repository.createCase}: nothing was written unless `ok`. */
export type CreateCaseOutcome = { ok: true } | { ok: false; idempotencyKeyTaken: true };

/** The case an applicant's idempotency key names, with the hash of its data (null for cases before data_hash). */
export interface IdempotentCase {
  applicationId: string;
  dataHash: string | null;
}

/**
 * A sign-in session as stored: `createdAt` bounds how far it may be extended, `expiresAt` is when it ends; how the
 * user signed in, the trust level reached (AUTH-2) and the company acted for (AUTH-4) come with it.
 */
export interface StoredSession extends SignInCircumstances {
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A session to store; without sign-in circumstances it is an e-mail sign-in at 'basis' for oneself. */
export type NewStoredSession = Omit<StoredSession, keyof SignInCircumstances> &
  Partial<SignInCircumstances> & { idHash: string };

/** Async storage of Festplatz; one implementation per dialect (`sqliteRepository`, `pgRepository`). */
export interface Repository extends ConsentStore, ExternalIdentityStore {
  readonly dialect: 'sqlite' | 'postgresql';

  /** Creates or renames a tenant. */
  upsertTenant(tenant: { id: string; name: Localized }): Promise<void>;
  /** Returns the user with this (normalised) e-mail address, creating it on first sign-in. */
  ensureUser(email: string): Promise<User>;
  findUserById(id: string): Promise<User | null>;
  /** Gives a user a staff role in a tenant (idempotent). */
  grantRole(grant: { userId: string; tenantId: string; role: StaffRole }): Promise<void>;
  /** All staff roles of a user, ordered by tenant and role. */
  membershipsOf(userId: string): Promise<{ tenantId: string; role: StaffRole }[]>;

  storeMagicLink(link: {
    tokenHash: string;
    email: string;
    expiresAt: Date;
    next: string | null;
  }): Promise<void>;
  /** Redeems a magic link exactly once: null when unknown, already used or expired at `now`. */
  consumeMagicLink(tokenHash: string, now: Date): Promise<{ email: string; next: string | null } | null>;
  createSession(session: NewStoredSession): Promise<void>;
  /** A session still valid at `now`, else null. */
  findSession(idHash: string, now: Date): Promise<StoredSession | null>;
  /** Moves the expiry of a session still valid at `now` to `expiresAt`; false when it has already ended. */
  extendSession(idHash: string, now: Date, expiresAt: Date): Promise<boolean>;
  deleteSession(idHash: string): Promise<void>;

  /** Publishes an immutable (tenant, id, version): same content is a no-op, other content a CONFLICT. */
  publishEventType(tenantId: string, bundle: EventType, now?: Date): Promise<PublishResult>;
  /** Creates or replaces an edition; throws when its event type is unpublished or the id is another tenant's. */
  saveEdition(
    tenantId: string,
    edition: Edition,
    demoOriginalPeriod?: { opens: string; closes: string },
    now?: Date,
  ): Promise<void>;
  findEdition(editionId: string): Promise<EditionRecord | null>;
  /** Editions whose application period is open at `now` (DATE-1), ordered by id. */
  listOpenEditions(now: Date): Promise<EditionRecord[]>;

  /** The published bundle with this content hash in this tenant (immutable, so callers may cache it). */
  findEventTypeByHash(tenantId: string, contentHash: string): Promise<EventType | null>;
  /** Staff of a tenant with their e-mail addresses, ordered by e-mail and role. */
  listTenantStaff(tenantId: string): Promise<{ userId: string; email: string; role: StaffRole }[]>;

  /**
   * One transaction: the new case, its first events and outbox messages (see {@link NewCaseChange}); refused
   * (nothing written) when the applicant already has a case with `case.idempotencyKey`.
   */
  createCase(change: NewCaseChange): Promise<CreateCaseOutcome>;
  /** The applicant's case stored under this idempotency key, or null. */
  findByIdempotencyKey(applicantId: string, key: string): Promise<IdempotentCase | null>;
  /** A case's lifecycle columns within a tenant; null when missing or another tenant's. */
  loadCase(tenantId: string, applicationId: string): Promise<CaseState | null>;
  /** One transaction, guarded by the optimistic version check (see {@link CaseChange}). */
  changeCase(change: CaseChange): Promise<CaseChangeOutcome>;
  findTenantApplication(tenantId: string, id: string): Promise<ApplicationRecord | null>;
  /** Newest submitted first; drafts last. */
  listTenantApplications(tenantId: string): Promise<ApplicationRecord[]>;
  findApplicantApplication(applicantId: string, id: string): Promise<ApplicationRecord | null>;
  listApplicantApplications(applicantId: string): Promise<ApplicationRecord[]>;
  /** The log of a case in sequence order. */
  applicationEvents(applicationId: string): Promise<ApplicationEvent[]>;
  /** Checks every case's hash chain (SEC-6) and names the first broken link per case. */
  verifyAuditChains(): Promise<AuditVerification>;

  /** Outbox messages outside a case change (e.g. a timer's staff notice); stored dedupe keys are skipped. */
  enqueueOutbox(messages: readonly NewOutboxMessage[], now: Date): Promise<number>;
  /** Claiming and reporting back, for the dispatcher (PostgreSQL: `FOR UPDATE SKIP LOCKED`). */
  readonly outbox: OutboxStore;
  /** The applicant–office message threads of cases (SEC-5). */
  readonly messages: MessageStore;
  /** Uploaded documents of cases and their blob rows (DOC-1..8, SEC-2). */
  readonly documents: DocumentStore;
  /** Dead messages, newest first; one tenant's when `tenantId` is given. */
  listDeadLetters(tenantId?: string): Promise<OutboxMessage[]>;
  /** Dead -> pending, due `now`, attempts 0; null when missing, not dead or another tenant's. */
  retryDeadLetter(id: string, options: { tenantId?: string; now: Date }): Promise<OutboxMessage | null>;
}
