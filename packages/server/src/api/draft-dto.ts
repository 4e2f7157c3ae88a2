import type { ApplicationRecord, Repository } from '@festplatz/case-engine';

/** One entry of `GET /api/v1/me/drafts?editionId=…`: what the form needs to continue where the applicant stopped. */
export interface SavedDraftDto {
  id: string;
  editionId: string;
  version: number;
  data: unknown;
  /** When the draft was last saved (ISO instant), for "Ihr Entwurf vom … wurde wiederhergestellt". */
  savedAt: string;
}

/**
 * The applicant's unsubmitted cases of one edition, most recently saved first. A draft has no submission time;
 * its last log entry ('created' or 'draft_saved') is when it was saved.
 */
export async function savedDrafts(
  repo: Repository,
  applicantId: string,
  editionId: string,
): Promise<SavedDraftDto[]> {
  const drafts = (await repo.listApplicantApplications(applicantId)).filter(
    (app) => app.editionId === editionId && app.submittedAt === null,
  );
  const dtos = await Promise.all(drafts.map((app) => savedDraftDto(repo, app)));
  return dtos.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function savedDraftDto(repo: Repository, app: ApplicationRecord): Promise<SavedDraftDto> {
  const last = (await repo.applicationEvents(app.id)).at(-1);
  return {
    id: app.id,
    editionId: app.editionId,
    version: app.version,
    data: app.data,
    savedAt: (last?.at ?? new Date(0)).toISOString(),
  };
}
