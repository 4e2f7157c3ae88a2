import {
  type ApplicationRecord,
  type DocumentRequest,
  documentRequests,
  pinnedEventType,
  type Repository,
} from '@festplatz/case-engine';
import {
  type DocumentRequirement,
  documentRequirements,
  type Edition,
  type Localized,
} from '@festplatz/core';
import { UPLOAD_MEDIA_TYPES } from '../uploads/sniff-type.ts';

/** A kind of document this case takes: from the bundle's rules (DOC-1..7) or requested by staff (DOC-8). */
export interface CaseDocumentKind {
  requirement: DocumentRequirement;
  /** Demanded by the bundle's rules for this application's answers. */
  byRules: boolean;
  /** The latest staff request naming it, if any. */
  request: DocumentRequest | null;
}

// Staff may request a document by a free name (request-documents.ts); it gets the allow-list and a
// moderate limit, since no kind in the bundle says otherwise.
const FREE_REQUEST_MAX_MB = 10;

function freeRequirement(id: string): DocumentRequirement {
  const title: Localized = { de: id, en: id };
  return {
    id,
    title,
    accept: [...UPLOAD_MEDIA_TYPES] as [string, ...string[]],
    maxSizeMb: FREE_REQUEST_MAX_MB,
    due: 'by_date',
  };
}

/**
 * The document kinds of a case, in bundle order, then free-named requests: each kind the bundle's rules
 * demand for the application's answers, plus each kind staff requested. Also returns the edition for due dates.
 */
export async function caseDocumentKinds(
  repo: Repository,
  app: ApplicationRecord,
): Promise<{ kinds: CaseDocumentKind[]; edition: Edition | null }> {
  const [bundle, events, edition] = await Promise.all([
    pinnedEventType(repo, app),
    repo.applicationEvents(app.id),
    repo.findEdition(app.editionId),
  ]);
  const requests = new Map(documentRequests(events).map((r) => [r.id, r]));
  const byRules = new Set(documentRequirements(bundle, app.data).map((r) => r.id));
  const kinds: CaseDocumentKind[] = [];
  for (const { appliesTo: _rule, ...requirement } of bundle.documents) {
    const request = requests.get(requirement.id) ?? null;
    if (byRules.has(requirement.id) || request) {
      kinds.push({ requirement, byRules: byRules.has(requirement.id), request });
    }
    requests.delete(requirement.id);
  }
  for (const request of requests.values()) {
    kinds.push({ requirement: freeRequirement(request.id), byRules: false, request });
  }
  return { kinds, edition: edition?.edition ?? null };
}
