import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { type DocumentStatus, requestedDocumentStatus } from './document-status.ts';
import { invalid, requireOneOf, requireText } from './validate.ts';

/** Input of {@link completeReview}; `documents` defaults to the status read from the case's log. */
export interface CompleteReviewCommand extends CaseCommand {
  documents?: DocumentStatus[];
}

const STATUSES = ['pending', 'accepted', 'rejected'] as const;

/**
 * in_review -> reviewed (COMPLETE_REVIEW). The event carries the document status, so the
 * requiredDocumentsAccepted guard (lifecycles with document review) refuses while one is not accepted.
 */
export async function completeReview(
  repo: Repository,
  cmd: CompleteReviewCommand,
): Promise<CommandResult<ApplicationRecord>> {
  if (cmd.documents !== undefined) {
    const issues = Array.isArray(cmd.documents)
      ? cmd.documents.flatMap((d, i) => [
          ...requireText(d?.id, `/documents/${i}/id`),
          ...requireOneOf(d?.status, `/documents/${i}/status`, STATUSES),
        ])
      : [{ path: '/documents', code: 'type', params: { type: 'array' } }];
    const bad = invalid(issues);
    if (bad) return bad;
  }
  return sendEvent(repo, cmd, 'COMPLETE_REVIEW', async (row) => ({
    documents: cmd.documents ?? (await requestedDocumentStatus(repo, row.id)),
  }));
}
