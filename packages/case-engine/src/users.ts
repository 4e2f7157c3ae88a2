import type { Localized } from '@festplatz/core';
import { eq } from 'drizzle-orm';
import type { FestplatzDb } from './db.ts';
import { prepared } from './sqlite/prepared.ts';
import { memberships, tenants, users } from './sqlite/schema.ts';

/** A signed-up person (applicant or staff). */
export interface User {
  id: string;
  email: string;
}

/** Staff roles per tenant (ARCHITECTURE: admin configures, clerk processes, reviewer scores, auditor reads). */
export type StaffRole = 'admin' | 'clerk' | 'reviewer' | 'auditor';

/** Creates or renames a tenant. */
export function upsertTenant(db: FestplatzDb, tenant: { id: string; name: Localized }): void {
  db.orm
    .insert(tenants)
    .values({ id: tenant.id, name: tenant.name })
    .onConflictDoUpdate({ target: tenants.id, set: { name: tenant.name } })
    .run();
}

/** Lower-cases and trims an e-mail address so one person gets one account however they type it. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns the user with this e-mail address, creating it on first sign-in. */
export function ensureUser(db: FestplatzDb, email: string): User {
  const normalised = normaliseEmail(email);
  db.orm.insert(users).values({ email: normalised }).onConflictDoNothing({ target: users.email }).run();
  const row = db.orm
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, normalised))
    .get();
  if (!row) throw new Error(`ensureUser: user ${normalised} vanished right after insert`);
  return row;
}

/** Finds a user by id. */
export function findUserById(db: FestplatzDb, id: string): User | null {
  // Prepared once: every submission checks its applicant (hot path, see sqlite/prepared.ts).
  const row = prepared(db, 'SELECT id, email FROM users WHERE id = ?').get(id) as User | undefined;
  return row ?? null;
}

/** Gives a user a staff role in a tenant (idempotent). */
export function grantRole(
  db: FestplatzDb,
  grant: { userId: string; tenantId: string; role: StaffRole },
): void {
  db.orm.insert(memberships).values(grant).onConflictDoNothing().run();
}

/** All staff roles of a user, across tenants. */
export function membershipsOf(db: FestplatzDb, userId: string): { tenantId: string; role: StaffRole }[] {
  return db.orm
    .select({ tenantId: memberships.tenantId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.tenantId, memberships.role)
    .all();
}

/** The staff of a tenant with their roles, by e-mail (e.g. the recipients of a staff notice). */
export function listTenantStaff(
  db: FestplatzDb,
  tenantId: string,
): { userId: string; email: string; role: StaffRole }[] {
  return db.orm
    .select({ userId: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(users.email, memberships.role)
    .all();
}
