import type { Repository } from '../repository/types.ts';

/** The review status of one required document (DOC-8). */
export interface DocumentStatus {
  id: string;
  status: 'pending' | 'accepted' | 'rejected';
}

function payloadOf(payload: unknown): { event?: unknown; documents?: unknown } {
  return typeof payload === 'object' && payload !== null ? payload : {};
}

/**
 * The documents requested from a case so far, read from its log: each REQUEST_DOCUMENTS adds its documents
 * as pending; a DOCUMENTS_PROVIDED accepts the ones it names, or all outstanding ones when it names none.
 */
export async function requestedDocumentStatus(
  repo: Repository,
  applicationId: string,
): Promise<DocumentStatus[]> {
  const status = new Map<string, DocumentStatus['status']>();
  for (const entry of await repo.applicationEvents(applicationId)) {
    const { event, documents } = payloadOf(entry.payload);
    const names = Array.isArray(documents)
      ? documents.filter((d): d is string => typeof d === 'string')
      : null;
    if (event === 'REQUEST_DOCUMENTS') for (const id of names ?? []) status.set(id, 'pending');
    if (event === 'DOCUMENTS_PROVIDED') {
      for (const id of names ?? [...status.keys()]) if (status.has(id)) status.set(id, 'accepted');
    }
  }
  return [...status].map(([id, value]) => ({ id, status: value }));
}
