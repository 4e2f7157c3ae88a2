import { beforeEach, expect, it } from 'vitest';
import type { NewDocument } from '../../src/repository/documents-types.ts';
import { newCaseChange, seedWorldWithTwoCases } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, countRows, storedOutbox } from './harness.ts';

const T0 = new Date('2026-01-20T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const insurance = { sha256: 'c'.repeat(64), mediaType: 'application/pdf', size: 2048 };
const photo = { sha256: 'd'.repeat(64), mediaType: 'image/jpeg', size: 512 };

/** Uploaded documents (DOC-1..8): blob rows once per content, per-case lists, removal kept, review recorded. */
export function documentsContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  let caseId: string;
  let otherCaseId: string;
  const doc = (overrides: Partial<NewDocument> = {}): NewDocument => ({
    tenantId: 'soest',
    applicationId: caseId,
    applicantId: world.applicant.id,
    kindId: 'liability_insurance',
    blob: insurance,
    fileName: 'Haftpflicht 2026.pdf',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    now: T0,
    ...overrides,
  });

  beforeEach(async () => {
    ({ world, caseId, otherCaseId } = await seedWorldWithTwoCases(h().repo));
  });

  it('adds a document with its blob row and outbox notice, and finds it as stored', async () => {
    const { repo } = h();
    const notice = {
      handler: 'mail.documentUploaded',
      dedupeKey: 'doc:1',
      payload: { n: 1 },
      tenantId: 'soest',
    };
    const added = await repo.documents.add(doc({ outbox: [notice] }));
    expect(added).toEqual({
      id: expect.any(String),
      tenantId: 'soest',
      applicationId: caseId,
      applicantId: world.applicant.id,
      kindId: 'liability_insurance',
      blobSha256: insurance.sha256,
      fileName: 'Haftpflicht 2026.pdf',
      mediaType: 'application/pdf',
      size: 2048,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      reviewStatus: 'pending',
      reviewNote: null,
      reviewedBy: null,
      reviewedAt: null,
      createdAt: T0,
    });
    expect(await repo.documents.find(caseId, added.id)).toEqual(added);
    expect((await storedOutbox(h())).map((m) => m.dedupeKey)).toEqual(['doc:1']);
  });

  it('stores one blob row per content, however often it is recorded or uploaded', async () => {
    const { repo } = h();
    await repo.documents.putBlob(insurance, T0);
    await repo.documents.putBlob(insurance, at(1));
    await repo.documents.add(doc());
    await repo.documents.add(doc({ applicationId: otherCaseId, applicantId: world.otherApplicant.id }));
    expect(await countRows(h(), 'blobs')).toBe(1);
    expect(await countRows(h(), 'documents')).toBe(2);
  });

  it('lists a case’s documents oldest first and never another case’s', async () => {
    const { repo } = h();
    const second = await repo.documents.add(
      doc({ kindId: 'photo', blob: photo, fileName: 'a.jpg', now: at(2) }),
    );
    const first = await repo.documents.add(doc({ now: at(1) }));
    await repo.documents.add(doc({ applicationId: otherCaseId, applicantId: world.otherApplicant.id }));
    expect((await repo.documents.list(caseId)).map((d) => d.id)).toEqual([first.id, second.id]);
    expect(await repo.documents.find(otherCaseId, first.id)).toBeNull();
    expect(await repo.documents.review(otherCaseId, first.id, review('accepted'))).toBeNull();
    expect(await repo.documents.remove(otherCaseId, first.id, at(3), { keepAccepted: false })).toBe(false);
    expect(await repo.documents.find(caseId, first.id)).toMatchObject({ reviewStatus: 'pending' });
  });

  const review = (status: 'pending' | 'accepted' | 'rejected', note: string | null = null) => ({
    status,
    note,
    reviewerId: world.clerk.id,
    now: at(5),
  });

  it('records a review with note, reviewer and time', async () => {
    const { repo } = h();
    const added = await repo.documents.add(doc());
    const reviewed = await repo.documents.review(caseId, added.id, review('rejected', 'Seite 2 fehlt.'));
    expect(reviewed).toMatchObject({
      id: added.id,
      reviewStatus: 'rejected',
      reviewNote: 'Seite 2 fehlt.',
      reviewedBy: world.clerk.id,
      reviewedAt: at(5),
    });
    expect(await repo.documents.find(caseId, added.id)).toEqual(reviewed);
  });

  it('removes a document from the lists but keeps the row; keepAccepted spares an accepted one', async () => {
    const { repo } = h();
    const accepted = await repo.documents.add(doc());
    const pending = await repo.documents.add(doc({ kindId: 'photo', blob: photo, now: at(1) }));
    await repo.documents.review(caseId, accepted.id, review('accepted'));
    expect(await repo.documents.remove(caseId, accepted.id, at(6), { keepAccepted: true })).toBe(false);
    expect(await repo.documents.remove(caseId, pending.id, at(6), { keepAccepted: true })).toBe(true);
    expect(await repo.documents.remove(caseId, pending.id, at(7), { keepAccepted: true })).toBe(false);
    expect((await repo.documents.list(caseId)).map((d) => d.id)).toEqual([accepted.id]);
    expect(await repo.documents.find(caseId, pending.id)).toBeNull();
    expect(await repo.documents.review(caseId, pending.id, review('accepted'))).toBeNull();
    expect(await countRows(h(), 'documents')).toBe(2);
    expect(await repo.documents.remove(caseId, accepted.id, at(8), { keepAccepted: false })).toBe(true);
  });

  it('lists an applicant’s documents across cases, newest first, without removed ones', async () => {
    const { repo } = h();
    const change = newCaseChange(world);
    await repo.createCase(change);
    const older = await repo.documents.add(doc({ now: at(1) }));
    const newer = await repo.documents.add(doc({ applicationId: change.case.id, now: at(2) }));
    const removed = await repo.documents.add(doc({ kindId: 'photo', blob: photo, now: at(3) }));
    await repo.documents.add(doc({ applicationId: otherCaseId, applicantId: world.otherApplicant.id }));
    await repo.documents.remove(caseId, removed.id, at(4), { keepAccepted: false });
    expect((await repo.documents.listByApplicant(world.applicant.id)).map((d) => d.id)).toEqual([
      newer.id,
      older.id,
    ]);
  });
}
