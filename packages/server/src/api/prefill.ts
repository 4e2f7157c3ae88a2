import type { ApplicationRecord, EditionRecord, Repository } from '@festplatz/case-engine';
import { carryOverData, type Lang, localize } from '@festplatz/core';
import { editionLookup } from './application-dto.ts';

/** `GET /api/v1/me/prefill?editionId=…`: the start of an "apply again" from the applicant's last application. */
export interface PrefillDto {
  fromApplicationId: string;
  fromEditionId: string;
  fromEditionTitle: string;
  submittedAt: string;
  /** The applicant already keeps a draft for the new edition: the form restores that instead of offering this. */
  hasDraft: boolean;
  /** What the new form accepts of the earlier answers, without declarations and consents (see carryOverData). */
  data: Record<string, unknown>;
}

/**
 * The applicant's most recent submitted application for another edition of the same event type of the same
 * municipality as `target`, carried over to the target's form; null when there is none. Only the applicant's
 * own cases are read (listApplicantApplications), so nobody can prefill from someone else's application.
 */
export async function prefillFor(
  repo: Repository,
  applicantId: string,
  target: EditionRecord,
  lang: Lang,
): Promise<PrefillDto | null> {
  const own = await repo.listApplicantApplications(applicantId);
  const edition = editionLookup(repo);
  let last: { app: ApplicationRecord & { submittedAt: Date }; from: EditionRecord } | null = null;
  for (const app of own) {
    const { submittedAt } = app;
    if (submittedAt === null || app.tenantId !== target.tenantId || app.editionId === target.edition.id)
      continue;
    const from = await edition(app.editionId);
    if (from?.edition.eventTypeId !== target.edition.eventTypeId) continue;
    if (!last || submittedAt > last.app.submittedAt) last = { app: { ...app, submittedAt }, from };
  }
  if (!last) return null;
  return {
    fromApplicationId: last.app.id,
    fromEditionId: last.from.edition.id,
    fromEditionTitle: localize(last.from.edition.title, lang),
    submittedAt: last.app.submittedAt.toISOString(),
    hasDraft: own.some((app) => app.editionId === target.edition.id && app.submittedAt === null),
    data: carryOverData(target.eventType.form.schema, last.app.data),
  };
}
