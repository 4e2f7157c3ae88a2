import { lifecycleStatechart } from '@festplatz/core';
import type { EditionRecord } from '../editions.ts';
import type { Repository } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { failedChange } from './apply-event.ts';
import { caseContent } from './case-content.ts';
import { draftDataIssues } from './draft-data.ts';
import { initialStepOf } from './initial-step.ts';
import { createdEntry, newCaseRow } from './new-case.ts';
import { loadOwnDraft, readOwnCase } from './own-case.ts';
import { periodRefusal } from './period.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import type { ApplicationRecord } from './records.ts';

/** Input of {@link saveDraft}; without `applicationId` a new draft is created. */
export interface SaveDraftCommand {
  editionId: string;
  applicantId: string;
  /** The form as filled so far: a plain JSON object, not checked against the form schema (drafts are partial). */
  data: unknown;
  now: Date;
  /** The applicant's draft to replace the data of. */
  applicationId?: string;
  /** The version the client saw; another one yields CONFLICT (two tabs autosaving). */
  expectedVersion?: number;
}

/**
 * Saves an applicant's unfinished application. A new draft is a case in the lifecycle's initial state
 * (version 1, event 'created', pinning the edition's bundle and lifecycle as a submission does); saving it
 * again replaces its data and projection (version + 1, event 'draft_saved' with only the data hash, so the log
 * does not copy personal data on every autosave). Allowed before the period opens and while it is open
 * (DATE-1: APPLICATION_PERIOD_CLOSED after). Submit it with submitApplication's `applicationId`.
 */
export async function saveDraft(
  repo: Repository,
  cmd: SaveDraftCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const issues = draftDataIssues(cmd.data);
  if (issues.length > 0) return fail({ code: 'VALIDATION_FAILED', issues });
  const edition = await repo.findEdition(cmd.editionId);
  if (!edition) return fail({ code: 'NOT_FOUND' });
  const closed = periodRefusal(edition.edition, cmd.now, 'draft');
  if (closed) return fail(closed);
  const { applicationId } = cmd;
  return applicationId === undefined
    ? createDraft(repo, cmd, edition)
    : updateDraft(repo, { ...cmd, applicationId });
}

async function createDraft(
  repo: Repository,
  cmd: SaveDraftCommand,
  edition: EditionRecord,
): Promise<CommandResult<ApplicationRecord>> {
  if (!(await repo.findUserById(cmd.applicantId))) {
    throw new Error(`saveDraft: applicant ${cmd.applicantId} does not exist; call ensureUser first`);
  }
  const eventType = await pinnedEventType(repo, edition);
  const initial = initialStepOf(lifecycleStatechart(eventType));
  const origin = { edition, eventType, applicantId: cmd.applicantId, now: cmd.now };
  const id = crypto.randomUUID();
  // A draft carries no idempotency key, so createCase cannot refuse it.
  await repo.createCase({
    case: newCaseRow(origin, { id, step: initial, content: caseContent(eventType, cmd.data), version: 1 }),
    events: [createdEntry(origin, initial)],
    outbox: [],
  });
  return { ok: true, value: await readOwnCase(repo, cmd.applicantId, id) };
}

async function updateDraft(
  repo: Repository,
  cmd: SaveDraftCommand & { applicationId: string },
): Promise<CommandResult<ApplicationRecord>> {
  const draft = await loadOwnDraft(repo, cmd);
  if (!draft.ok) return draft;
  const row = draft.value;
  if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== row.version) {
    return fail({ code: 'CONFLICT', version: row.version });
  }
  const content = caseContent(await pinnedEventType(repo, row), cmd.data);
  const outcome = await repo.changeCase({
    // The lifecycle does not move: state and snapshot are written back as loaded.
    update: {
      id: row.id,
      expectedVersion: row.version,
      state: row.state,
      snapshot: row.snapshot,
      now: cmd.now,
      content,
    },
    event: {
      applicationId: row.id,
      type: 'draft_saved',
      payload: { dataHash: content.dataHash },
      actorId: cmd.applicantId,
      at: cmd.now,
      lifecycle: row.lifecycle,
    },
    outbox: [],
  });
  if (!outcome.ok) return failedChange(outcome.currentVersion);
  return { ok: true, value: await readOwnCase(repo, cmd.applicantId, row.id) };
}
