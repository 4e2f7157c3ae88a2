import { lifecycleStatechart, validateApplicationData } from '@festplatz/core';
import type { EditionRecord } from '../editions.ts';
import type { Repository } from '../repository/types.ts';
import { fail, type SubmitResult } from '../results.ts';
import { failedChange } from './apply-event.ts';
import { caseContent } from './case-content.ts';
import { afterLostRace, type KeyedSubmit, replayOf } from './idempotency.ts';
import { loadOwnDraft, readOwnCase } from './own-case.ts';
import { periodRefusal } from './period.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import { type SubmissionCircumstances, submission } from './submission.ts';

/** A submit of a stored draft (see submitApplication, which answers retries before this runs). */
export interface DraftSubmit extends KeyedSubmit {
  applicationId: string;
  editionId: string;
  now: Date;
  circumstances?: SubmissionCircumstances;
}

/**
 * Submits the applicant's draft: the data is validated fully against the bundle the DRAFT pinned (not what
 * the edition pins today), then one change guarded by the draft's version writes the data, projection and
 * submittedAt with SUBMIT's state, log entry and outbox. If a concurrent submit of the same key won, this
 * one answers with that case.
 */
export async function submitDraft(
  repo: Repository,
  cmd: DraftSubmit,
  edition: EditionRecord,
): Promise<SubmitResult> {
  const draft = await loadOwnDraft(repo, cmd);
  if (!draft.ok) return draft;
  const row = draft.value;
  const closed = periodRefusal(edition.edition, cmd.now, 'submission');
  if (closed) return fail(closed);
  const eventType = await pinnedEventType(repo, row);
  const issues = validateApplicationData(eventType, cmd.data);
  if (issues.length > 0) return fail({ code: 'VALIDATION_FAILED', issues });

  const content = {
    ...caseContent(eventType, cmd.data),
    submittedAt: cmd.now,
    idempotencyKey: cmd.idempotencyKey,
  };
  const submitted = submission({
    statechart: lifecycleStatechart(eventType),
    from: row,
    edition: edition.edition,
    tenantId: row.tenantId,
    applicationId: row.id,
    applicantId: cmd.applicantId,
    lifecycle: row.lifecycle,
    dataHash: content.dataHash,
    version: row.version + 1,
    now: cmd.now,
    ...(cmd.circumstances ? { circumstances: cmd.circumstances } : {}),
  });
  if (!submitted.ok) return submitted;
  const { step, event, outbox } = submitted.value;
  const outcome = await repo.changeCase({
    update: {
      id: row.id,
      expectedVersion: row.version,
      state: step.state,
      snapshot: step.snapshot,
      now: cmd.now,
      content,
    },
    event: { ...event, applicationId: row.id },
    outbox,
  });
  if (!outcome.ok) {
    if (outcome.idempotencyKeyTaken) return afterLostRace(repo, cmd);
    // A concurrent retry of this very submit (same key) may have moved the draft first: answer with that.
    return (await replayOf(repo, cmd)) ?? failedChange(outcome.currentVersion);
  }
  return { ok: true, value: await readOwnCase(repo, cmd.applicantId, row.id), replayed: false };
}
