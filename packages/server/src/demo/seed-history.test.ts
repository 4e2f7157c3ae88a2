import { afterEach, describe, expect, it } from 'vitest';
import { FIXED_NOW, tempDb } from '../../test/support.ts';
import { seedDemo } from './seed.ts';
import { seedDemoHistory } from './seed-history.ts';

describe('seedDemoHistory (the demo of "apply again")', () => {
  let env: ReturnType<typeof tempDb>;
  afterEach(() => env.cleanup());

  it('adds the closed 2025 Kirmes with one submitted application, once however often the demo starts', async () => {
    env = tempDb();
    await seedDemo(env.repo, { now: FIXED_NOW });
    const first = await seedDemoHistory(env.repo);
    const again = await seedDemoHistory(env.repo);
    expect(again).toEqual(first);
    const record = await env.repo.findEdition('allerheiligenkirmes-2025');
    // The real period, not shifted: the past edition is never open in the demo.
    expect(record?.edition.applicationPeriod.closes).toBe('2025-02-28T23:59:59');
    expect(record?.demoOriginalPeriod).toBeNull();
    const open = await env.repo.listOpenEditions(FIXED_NOW);
    expect(open.map((r) => r.edition.id)).not.toContain('allerheiligenkirmes-2025');
    const user = await env.repo.ensureUser('aylin.demir@example.org');
    const apps = await env.repo.listApplicantApplications(user.id);
    expect(apps.map((a) => [a.editionId, a.state])).toEqual([['allerheiligenkirmes-2025', 'submitted']]);
    expect(apps[0]?.submittedAt?.toISOString()).toBe('2025-01-20T09:30:00.000Z');
  });
});
