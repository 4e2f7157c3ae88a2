import type { Localized } from '@festplatz/core';
import { eq, sql } from 'drizzle-orm';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { memberships, tenants, users } from '../../pg/schema.ts';
import { normaliseEmail, type StaffRole, type User } from '../../users.ts';

/** Creates or renames a tenant. */
export async function upsertTenant(
  db: FestplatzPgDb,
  tenant: { id: string; name: Localized },
): Promise<void> {
  await db.orm
    .insert(tenants)
    .values({ id: tenant.id, name: tenant.name })
    .onConflictDoUpdate({ target: tenants.id, set: { name: tenant.name } });
}

/** Returns the user with this e-mail address, creating it on first sign-in. */
export async function ensureUser(db: FestplatzPgDb, email: string): Promise<User> {
  const normalised = normaliseEmail(email);
  // Insert-or-ignore then read: two instances signing in the same new address at once both end up with the
  // one row the unique index let through.
  await db.orm.insert(users).values({ email: normalised }).onConflictDoNothing({ target: users.email });
  const [row] = await db.orm
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, normalised));
  if (!row) throw new Error(`ensureUser: user ${normalised} vanished right after insert`);
  return row;
}

/** Finds a user by id. */
export async function findUserById(db: FestplatzPgDb, id: string): Promise<User | null> {
  const [row] = await db.orm.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Gives a user a staff role in a tenant (idempotent). */
export async function grantRole(
  db: FestplatzPgDb,
  grant: { userId: string; tenantId: string; role: StaffRole },
): Promise<void> {
  await db.orm.insert(memberships).values(grant).onConflictDoNothing();
}

/** All staff roles of a user, across tenants. */
export function membershipsOf(
  db: FestplatzPgDb,
  userId: string,
): Promise<{ tenantId: string; role: StaffRole }[]> {
  return db.orm
    .select({ tenantId: memberships.tenantId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(sql`${memberships.tenantId} COLLATE "C"`, sql`${memberships.role} COLLATE "C"`);
}

/** Staff of a tenant with their e-mail addresses, ordered by e-mail and role (byte order, as on SQLite). */
export function listTenantStaff(
  db: FestplatzPgDb,
  tenantId: string,
): Promise<{ userId: string; email: string; role: StaffRole }[]> {
  return db.orm
    .select({ userId: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(sql`${users.email} COLLATE "C"`, sql`${memberships.role} COLLATE "C"`);
}
