import { beforeEach, expect, it } from 'vitest';
import { submitApplication } from '../../src/applications/submit.ts';
import { DURING_PERIOD, validData } from '../../src/testing/fixtures.ts';
import { newCaseChange } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, countRows, jsonValue, seedWorld } from './harness.ts';

const KEY = 'retry-7f3c';
const HASH = 'd'.repeat(64);

/** Idempotency keys (unique per applicant) and draft content changes. */
export function idempotencyContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  beforeEach(async () => {
    world = await seedWorld(h().repo);
  });

  it('finds a case by (applicant, key) and refuses a second case with the pair, writing nothing', async () => {
    const { repo } = h();
    const first = newCaseChange(world, { idempotencyKey: KEY, dataHash: HASH });
    expect(await repo.createCase(first)).toEqual({ ok: true });
    expect(await repo.findByIdempotencyKey(world.applicant.id, KEY)).toEqual({
      applicationId: first.case.id,
      dataHash: HASH,
    });
    expect(await repo.findByIdempotencyKey(world.otherApplicant.id, KEY)).toBeNull();
    expect(await repo.findByIdempotencyKey(world.applicant.id, 'other-key')).toBeNull();

    const second = newCaseChange(world, { idempotencyKey: KEY, dataHash: 'e'.repeat(64) });
    expect(await repo.createCase(second)).toEqual({ ok: false, idempotencyKeyTaken: true });
    expect(await countRows(h(), 'applications')).toBe(1);
    expect(await countRows(h(), 'application_events')).toBe(1);
    // The key is per applicant, and cases without a key never collide.
    const others = newCaseChange(world, { applicantId: world.otherApplicant.id, idempotencyKey: KEY });
    expect(await repo.createCase(others)).toEqual({ ok: true });
    expect(await repo.createCase(newCaseChange(world))).toEqual({ ok: true });
    expect(await repo.createCase(newCaseChange(world))).toEqual({ ok: true });
    expect(await countRows(h(), 'applications')).toBe(4);
  });

  it('changeCase with content replaces data, projection and hash with the version check', async () => {
    const { repo } = h();
    const draft = newCaseChange(world, { state: 'draft', submittedAt: null, version: 1 });
    await repo.createCase(draft);
    const id = draft.case.id;
    const at = new Date('2026-01-20T08:00:00.000Z');
    const change = (expectedVersion: number, idempotencyKey?: string) => ({
      update: {
        id,
        expectedVersion,
        state: 'submitted',
        snapshot: { value: 'submitted' },
        now: at,
        content: {
          data: { applicant: { givenName: 'Berta' } },
          applicantName: 'Berta',
          companyName: null,
          categoryId: null,
          dataHash: HASH,
          submittedAt: at,
          idempotencyKey,
        },
      },
      event: {
        applicationId: id,
        type: 'submitted',
        payload: {},
        actorId: null,
        at,
        lifecycle: 'event-application@1',
      },
      outbox: [],
    });
    expect(await repo.changeCase(change(7))).toEqual({ ok: false, currentVersion: 1 });
    expect(await repo.changeCase(change(1, KEY))).toEqual({ ok: true });
    expect(await repo.findApplicantApplication(world.applicant.id, id)).toMatchObject({
      state: 'submitted',
      data: { applicant: { givenName: 'Berta' } },
      applicantName: 'Berta',
      companyName: null,
      categoryId: null,
      submittedAt: at,
      version: 2,
    });
    expect(await repo.findByIdempotencyKey(world.applicant.id, KEY)).toEqual({
      applicationId: id,
      dataHash: HASH,
    });
    const [row] = await h().query(`SELECT data_hash, data FROM applications WHERE id = '${id}'`);
    expect([row?.data_hash, jsonValue(row?.data)]).toEqual([HASH, { applicant: { givenName: 'Berta' } }]);
  });

  it('changeCase reports a key another case holds and writes nothing', async () => {
    const { repo } = h();
    await repo.createCase(newCaseChange(world, { idempotencyKey: KEY, dataHash: HASH }));
    const draft = newCaseChange(world, { state: 'draft', submittedAt: null, version: 1 });
    await repo.createCase(draft);
    const id = draft.case.id;
    const content = { data: {}, applicantName: '', companyName: null, categoryId: null, dataHash: HASH };
    const outcome = await repo.changeCase({
      update: {
        id,
        expectedVersion: 1,
        state: 'submitted',
        snapshot: {},
        now: DURING_PERIOD,
        content: { ...content, idempotencyKey: KEY },
      },
      event: {
        applicationId: id,
        type: 'submitted',
        payload: {},
        actorId: null,
        at: DURING_PERIOD,
        lifecycle: 'event-application@1',
      },
      outbox: [],
    });
    expect(outcome).toEqual({ ok: false, currentVersion: 1, idempotencyKeyTaken: true });
    expect(await repo.loadCase('soest', id)).toMatchObject({ state: 'draft', version: 1 });
    expect(await countRows(h(), 'application_events')).toBe(2);
  });

  it('two concurrent submits with the same key store one case and both answer with it', async () => {
    const { repo } = h();
    const submit = () =>
      submitApplication(repo, {
        editionId: world.editionId,
        applicantId: world.applicant.id,
        data: validData(),
        now: DURING_PERIOD,
        idempotencyKey: KEY,
      });
    const [a, b] = await Promise.all([submit(), submit()]);
    if (!a?.ok || !b?.ok) throw new Error(`expected both ok, got ${JSON.stringify([a, b])}`);
    expect(a.value.id).toBe(b.value.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await countRows(h(), 'applications')).toBe(1);
    expect(await countRows(h(), 'application_events')).toBe(2);
    expect(await countRows(h(), 'outbox')).toBe(1);
  });
}
