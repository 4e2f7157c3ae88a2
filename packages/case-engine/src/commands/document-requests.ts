import type { ApplicationEvent } from '../applications/records.ts';

/** One document staff asked for (DOC-8 Nachforderung): by when, and whether staff recorded it as provided. */
export interface DocumentRequest {
  /** The document kind's id in the bundle (or a free name staff wrote). */
  id: string;
  status: 'pending' | 'accepted';
  /** The due date of the latest request naming it (ISO instant), null when the request gave none. */
  dueAt: string | null;
}

function payloadOf(payload: unknown): { event?: unknown; documents?: unknown; dueAt?: unknown } {
  return typeof payload === 'object' && payload !== null ? payload : {};
}

/**
 * The documents requested from a case so far, folded from its log in order: each REQUEST_DOCUMENTS adds its
 * documents as pending with its due date; a DOCUMENTS_PROVIDED accepts the ones it names, or all outstanding
 * ones when it names none.
 */
export function documentRequests(events: readonly ApplicationEvent[]): DocumentRequest[] {
  const requests = new Map<string, DocumentRequest>();
  for (const entry of events) {
    const { event, documents, dueAt } = payloadOf(entry.payload);
    const names = Array.isArray(documents)
      ? documents.filter((d): d is string => typeof d === 'string')
      : null;
    if (event === 'REQUEST_DOCUMENTS') {
      const due = typeof dueAt === 'string' ? dueAt : null;
      for (const id of names ?? []) requests.set(id, { id, status: 'pending', dueAt: due });
    }
    if (event === 'DOCUMENTS_PROVIDED') {
      for (const id of names ?? [...requests.keys()]) {
        const request = requests.get(id);
        if (request) requests.set(id, { ...request, status: 'accepted' });
      }
    }
  }
  return [...requests.values()];
}
