import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireTextList } from './validate.ts';

/** Input of {@link documentsProvided}; `documents` defaults to every document still requested. */
export interface DocumentsProvidedCommand extends CaseCommand {
  documents?: string[];
}

/**
 * documents_requested -> in_review (DOCUMENTS_PROVIDED): staff record that the requested documents arrived
 * and are in order. Until per-document review lands, this is what counts as "accepted" for the
 * requiredDocumentsAccepted guard (see completeReview).
 */
export async function documentsProvided(
  repo: Repository,
  cmd: DocumentsProvidedCommand,
): Promise<CommandResult<ApplicationRecord>> {
  if (cmd.documents !== undefined) {
    const bad = invalid(requireTextList(cmd.documents, '/documents'));
    if (bad) return bad;
  }
  return sendEvent(repo, cmd, 'DOCUMENTS_PROVIDED', cmd.documents ? { documents: cmd.documents } : {});
}
