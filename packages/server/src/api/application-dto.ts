import {
  type ApplicationRecord,
  applicationEvents,
  caseAllowedEvents,
  type EditionRecord,
  type FestplatzDb,
  findEdition,
  findUserById,
  pinnedEventType,
} from '@festplatz/case-engine';
import { categoryTitle, type Lang, localize } from '@festplatz/core';
import { CASE_COMMANDS } from './case-commands.ts';

/** Memoized edition lookup for one request (lists show many applications of few editions). */
export function editionLookup(db: FestplatzDb): (editionId: string) => EditionRecord | null {
  const cache = new Map<string, EditionRecord | null>();
  return (editionId) => {
    if (!cache.has(editionId)) cache.set(editionId, findEdition(db, editionId));
    return cache.get(editionId) ?? null;
  };
}

function editionTitle(record: EditionRecord | null, fallback: string, lang: Lang): string {
  return record ? localize(record.edition.title, lang) : fallback;
}

/** An applicant's view of one of their applications (`GET /api/v1/me/applications`). */
export function myApplicationDto(app: ApplicationRecord, edition: EditionRecord | null, lang: Lang) {
  return {
    id: app.id,
    editionId: app.editionId,
    editionTitle: editionTitle(edition, app.editionId, lang),
    state: app.state,
    submittedAt: app.submittedAt?.toISOString() ?? null,
  };
}

/** A row of the staff list (`GET /api/v1/admin/applications`). */
export function adminListItemDto(app: ApplicationRecord, edition: EditionRecord | null, lang: Lang) {
  const title = app.categoryId && edition ? categoryTitle(edition.eventType, app.categoryId, lang) : null;
  return {
    id: app.id,
    editionId: app.editionId,
    editionTitle: editionTitle(edition, app.editionId, lang),
    applicantName: app.applicantName,
    companyName: app.companyName,
    category: app.categoryId ? { id: app.categoryId, title: title ?? app.categoryId } : null,
    state: app.state,
    submittedAt: app.submittedAt?.toISOString() ?? null,
  };
}

/** The staff case view (`GET /api/v1/admin/applications/:id`): data, its form, the event log, next steps. */
export function adminDetailDto(
  db: FestplatzDb,
  app: ApplicationRecord,
  edition: EditionRecord | null,
  lang: Lang,
) {
  const actors = new Map<string, string | null>();
  const actorEmail = (id: string | null) => {
    if (id === null) return null;
    if (!actors.has(id)) actors.set(id, findUserById(db, id)?.email ?? null);
    return actors.get(id) ?? null;
  };
  // The case's own bundle, not the edition's current pin: a case keeps the form and lifecycle it was submitted
  // under when a newer event-type version is published.
  const pinned = pinnedEventType(db, app);
  const allowed = caseAllowedEvents(db, app);
  return {
    ...adminListItemDto(app, edition, lang),
    applicantEmail: app.applicantEmail,
    data: app.data,
    form: { schema: pinned.form.schema, uiSchema: pinned.form.uiSchema ?? {} },
    events: applicationEvents(db, app.id).map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at.toISOString(),
      actor: actorEmail(e.actorId),
    })),
    allowedEvents: allowed,
    // Which allowed events need a payload, so the back office offers one-click buttons only for the others.
    allowedCommands: allowed.map((type) => ({ type, requires: CASE_COMMANDS[type]?.requires ?? [] })),
  };
}
