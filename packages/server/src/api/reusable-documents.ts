import type { ApplicationRecord, Repository, StoredDocument } from '@festplatz/case-engine';
import { validityCovers } from '@festplatz/core';
import { caseDocumentKinds } from './document-kinds.ts';

/**
 * Apply again (issue 5, DOC-2): the applicant's proofs from their other cases of the same municipality that this
 * case takes (a kind the case's rules or staff ask for, with a validity rule: insurance, Ausführungsgenehmigung,
 * Reisegewerbekarte; photos and descriptions are made anew), whose stated validity covers this edition's days,
 * that the office did not reject and that are not in this case yet. Newest first, one per kind and content.
 */
export async function reusableDocuments(repo: Repository, app: ApplicationRecord): Promise<StoredDocument[]> {
  const [{ kinds, edition }, inCase, own] = await Promise.all([
    caseDocumentKinds(repo, app),
    repo.documents.list(app.id),
    repo.documents.listByApplicant(app.applicantId),
  ]);
  if (!edition) return [];
  const taken = new Set(inCase.map((d) => `${d.kindId}:${d.blobSha256}`));
  const found: StoredDocument[] = [];
  for (const doc of own) {
    const key = `${doc.kindId}:${doc.blobSha256}`;
    const kind = kinds.find((k) => k.requirement.id === doc.kindId)?.requirement;
    if (!kind?.validity || doc.applicationId === app.id || doc.tenantId !== app.tenantId) continue;
    if (taken.has(key) || doc.reviewStatus === 'rejected' || !kind.accept.includes(doc.mediaType)) continue;
    if (!validityCovers(kind, edition, doc.validUntil, doc.validFrom ?? undefined)) continue;
    taken.add(key);
    found.push(doc);
  }
  return found;
}
