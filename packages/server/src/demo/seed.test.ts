import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, FIXED_NOW, STAFF_EMAIL, tempDb } from '../../test/support.ts';
import { seedDemo } from './seed.ts';

describe('seedDemo', () => {
  let env: ReturnType<typeof tempDb>;
  afterEach(() => env.cleanup());

  it('creates tenant, bundle, shifted edition (keeping the original period) and staff', async () => {
    env = tempDb();
    const result = await seedDemo(env.repo, { now: FIXED_NOW });
    expect(result.tenantId).toBe('soest');
    expect(result.staff).toEqual([{ email: STAFF_EMAIL, role: 'admin' }]);
    const record = await env.repo.findEdition(EDITION_ID);
    expect(record?.edition.applicationPeriod).toEqual({
      opens: '2026-01-09T00:00:00',
      closes: '2026-02-09T23:59:59',
    });
    expect(record?.demoOriginalPeriod).toEqual({
      opens: '2025-11-15T00:00:00',
      closes: '2026-02-28T23:59:59',
    });
    // The Soest example holds two event types, the Kirmes and the Pferdemarkt, each with its 2026 edition.
    const open = await env.repo.listOpenEditions(FIXED_NOW);
    expect(open.map((r) => r.edition.id).sort()).toEqual([EDITION_ID, 'pferdemarkt-2026']);
  });

  it('is idempotent and re-shifts the period to the new day', async () => {
    env = tempDb();
    await seedDemo(env.repo, { now: FIXED_NOW });
    const later = new Date('2026-06-01T08:00:00Z');
    const again = await seedDemo(env.repo, { now: later });
    expect(again.eventTypes.map((t) => t.id).sort()).toEqual(['allerheiligenkirmes', 'pferdemarkt']);
    const record = await env.repo.findEdition(EDITION_ID);
    expect(record?.edition.applicationPeriod.opens).toBe('2026-05-31T00:00:00');
    // The original stays the one from the file, not the previous shift.
    expect(record?.demoOriginalPeriod?.closes).toBe('2026-02-28T23:59:59');
    const users = env.db.sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
    expect(users.n).toBe(1);
    const staff = await env.repo.ensureUser(STAFF_EMAIL);
    expect(await env.repo.membershipsOf(staff.id)).toEqual([{ tenantId: 'soest', role: 'admin' }]);
  });
});
