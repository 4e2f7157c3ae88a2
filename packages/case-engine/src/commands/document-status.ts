import type { Repository } from '../repository/types.ts';
import { documentRequests } from './document-requests.ts';

/** The review status of one required document (DOC-8). */
export interface DocumentStatus {
  id: string;
  status: 'pending' | 'accepted' | 'rejected';
}

/**
 * The documents requested from a case so far, read from its log: each REQUEST_DOCUMENTS adds its documents
 * as pending; a DOCUMENTS_PROVIDED accepts the ones it names, or all outstanding ones when it names none.
 */
export async function requestedDocumentStatus(
  repo: Repository,
  applicationId: string,
): Promise<DocumentStatus[]> {
  return documentRequests(await repo.applicationEvents(applicationId)).map(({ id, status }) => ({
    id,
    status,
  }));
}
