import type { Edition, EventType, Localized } from '@festplatz/core';
import type { CaseRow } from '../applications/apply-event.ts';
import type { NewLogEntry } from '../applications/event-log.ts';
import type { ApplicationEvent, ApplicationRecord } from '../applications/records.ts';
import type { EditionRecord } from '../editions.ts';
import type { PublishResult } from '../event-types.ts';
import type { StaffRole, User } from '../users.ts';

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
  version: number;
  now: Date;
}

/** A lifecycle change of a case, applied only if the case is still at `expectedVersion`. */
export interface CaseUpdate {
  id: string;
  expectedVersion: number;
  state: string;
  snapshot: unknown;
  now: Date;
}

export type { NewLogEntry };

/** Async storage of Festplatz; one implementation per dialect (`sqliteRepository`, `pgRepository`). */
export interface Repository {
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
  createSession(session: { idHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** A session still valid at `now`, else null. */
  findSession(idHash: string, now: Date): Promise<{ userId: string; expiresAt: Date } | null>;
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

  insertCase(row: NewCase): Promise<void>;
  /** A case's lifecycle columns within a tenant; null when missing or another tenant's. */
  loadCase(tenantId: string, applicationId: string): Promise<CaseState | null>;
  /** `UPDATE ... WHERE version = expectedVersion`, incrementing it; false when someone else changed it first. */
  updateCase(update: CaseUpdate): Promise<boolean>;
  findTenantApplication(tenantId: string, id: string): Promise<ApplicationRecord | null>;
  /** Newest submitted first; drafts last. */
  listTenantApplications(tenantId: string): Promise<ApplicationRecord[]>;
  findApplicantApplication(applicantId: string, id: string): Promise<ApplicationRecord | null>;
  listApplicantApplications(applicantId: string): Promise<ApplicationRecord[]>;
  /** Appends to the append-only log with the next sequence number, which it returns. */
  appendEvent(entry: NewLogEntry): Promise<number>;
  /** The log of a case in sequence order. */
  applicationEvents(applicationId: string): Promise<ApplicationEvent[]>;
}
