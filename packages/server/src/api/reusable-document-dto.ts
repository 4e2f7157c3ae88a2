import type { Repository, StoredDocument } from '@festplatz/case-engine';
import { type Lang, localize } from '@festplatz/core';
import { editionLookup } from './application-dto.ts';
import { documentDto } from './document-dto.ts';

/**
 * A document offered for reuse, with where it comes from ("Aus Ihrer Bewerbung für Allerheiligenkirmes 2025"),
 * so the applicant recognises it. Only the applicant's own cases are read.
 */
export async function reusableDocumentDtos(
  repo: Repository,
  applicantId: string,
  docs: readonly StoredDocument[],
  lang: Lang,
) {
  if (docs.length === 0) return [];
  const own = new Map((await repo.listApplicantApplications(applicantId)).map((app) => [app.id, app]));
  const edition = editionLookup(repo);
  return Promise.all(
    docs.map(async (doc) => {
      const from = own.get(doc.applicationId);
      const record = from ? await edition(from.editionId) : null;
      return {
        ...documentDto(doc, true),
        fromApplicationId: doc.applicationId,
        fromEditionTitle: record ? localize(record.edition.title, lang) : null,
      };
    }),
  );
}
