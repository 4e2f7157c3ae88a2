import { expect, it } from 'vitest';
import { DURING_PERIOD, testBundle, testEdition } from '../../src/testing/fixtures.ts';
import type { ContractHarness } from './harness.ts';

/** Event-type publishing (immutable per id+version) and editions. */
export function configurationContract(h: () => ContractHarness): void {
  it('publishes an event type once; the same content again is a no-op', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    const first = await repo.publishEventType('soest', testBundle());
    expect(first).toMatchObject({ ok: true, created: true });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await repo.publishEventType('soest', testBundle())).toEqual({
      ok: true,
      hash: first.hash,
      created: false,
    });
  });

  it('refuses other content under a published id+version with CONFLICT (publish a new version instead)', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    const original = await repo.publishEventType('soest', testBundle());
    const changed = await repo.publishEventType('soest', testBundle({ title: { de: 'Geändert' } }));
    expect(changed).toEqual({
      ok: false,
      hash: expect.not.stringMatching(original.hash),
      error: { code: 'CONFLICT', existingHash: original.hash },
    });
    const v2 = await repo.publishEventType('soest', testBundle({ version: 2, title: { de: 'Geändert' } }));
    expect(v2).toMatchObject({ ok: true, created: true });
  });

  it('keeps event types per tenant: the same id+version may differ between tenants', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    await repo.publishEventType('soest', testBundle());
    expect(await repo.publishEventType('werl', testBundle({ title: { de: 'Werl' } }))).toMatchObject({
      ok: true,
    });
  });

  it('finds a published bundle by its content hash, only in its own tenant', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
    const v1 = await repo.publishEventType('soest', testBundle());
    const v2 = await repo.publishEventType('soest', testBundle({ version: 2, title: { de: 'Neu' } }));
    expect(await repo.findEventTypeByHash('soest', v1.hash)).toEqual(testBundle());
    expect(await repo.findEventTypeByHash('soest', v2.hash)).toEqual(
      testBundle({ version: 2, title: { de: 'Neu' } }),
    );
    expect(await repo.findEventTypeByHash('werl', v1.hash)).toBeNull();
    expect(await repo.findEventTypeByHash('soest', 'f'.repeat(64))).toBeNull();
  });

  it('saves an edition pinned to a published version and finds it with its bundle', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await expect(repo.saveEdition('soest', testEdition())).rejects.toThrow(/not published/);
    const { hash } = await repo.publishEventType('soest', testBundle());
    await repo.saveEdition('soest', testEdition());
    expect(await repo.findEdition('testkirmes-2026')).toEqual({
      tenantId: 'soest',
      edition: testEdition(),
      eventType: testBundle(),
      demoOriginalPeriod: null,
      eventTypeHash: hash,
    });
    expect(await repo.findEdition('no-such-edition')).toBeNull();
  });

  it('replaces an edition on save, but never one of another tenant', async () => {
    const { repo } = h();
    for (const id of ['soest', 'werl']) {
      await repo.upsertTenant({ id, name: { de: id } });
      await repo.publishEventType(id, testBundle());
    }
    await repo.saveEdition('soest', testEdition());
    const demo = { opens: '2025-11-15T00:00:00', closes: '2026-02-28T23:59:59' };
    await repo.saveEdition('soest', testEdition({ title: { de: 'Neu' } }), demo);
    expect(await repo.findEdition('testkirmes-2026')).toMatchObject({
      edition: { title: { de: 'Neu' } },
      demoOriginalPeriod: demo,
    });
    await expect(repo.saveEdition('werl', testEdition())).rejects.toThrow(/another tenant/);
    expect(await repo.findEdition('testkirmes-2026')).toMatchObject({ tenantId: 'soest' });
  });

  it('lists only editions open at the given moment (DATE-1), ordered by id', async () => {
    const { repo } = h();
    await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await repo.publishEventType('soest', testBundle());
    await repo.saveEdition('soest', testEdition({ id: 'testkirmes-2026' }));
    await repo.saveEdition('soest', testEdition({ id: 'testkirmes-2026-b' }));
    const closed = { opens: '2024-11-15T00:00:00', closes: '2025-02-28T23:59:59' };
    await repo.saveEdition('soest', testEdition({ id: 'testkirmes-2025', applicationPeriod: closed }));
    const open = await repo.listOpenEditions(DURING_PERIOD);
    expect(open.map((r) => r.edition.id)).toEqual(['testkirmes-2026', 'testkirmes-2026-b']);
    // DATE-1: closes is inclusive to the end of that second; one second later nothing is open.
    expect(await repo.listOpenEditions(new Date('2026-03-01T00:00:00+01:00'))).toEqual([]);
  });
}
