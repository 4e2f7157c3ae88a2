import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { documentsDueTimer } from '../timers/messages.ts';
import { invalid, requireFutureDate, requireTextList } from './validate.ts';

/** Input of {@link requestDocuments}: which documents are missing and by when (DOC-8 Nachforderung). */
export interface RequestDocumentsCommand extends CaseCommand {
  /** Document ids of the bundle (or free names until document rules land), at least one. */
  documents: string[];
  dueAt: Date;
}

/**
 * in_review -> documents_requested (REQUEST_DOCUMENTS), logging the documents and the due date, with the
 * timer that tells staff when the due date passes without the documents (src/timers).
 */
export async function requestDocuments(
  repo: Repository,
  cmd: RequestDocumentsCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid([
    ...requireTextList(cmd.documents, '/documents'),
    ...requireFutureDate(cmd.dueAt, '/dueAt', cmd.now),
  ]);
  if (bad) return bad;
  return sendEvent(
    repo,
    cmd,
    'REQUEST_DOCUMENTS',
    {
      documents: cmd.documents,
      dueAt: cmd.dueAt.toISOString(),
    },
    (row) => [documentsDueTimer(row, cmd.dueAt)],
  );
}
