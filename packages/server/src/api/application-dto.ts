import {
  type ApplicationRecord,
  caseAllowedEvents,
  type EditionRecord,
  pinnedEventType,
  type Repository,
} from '@festplatz/case-engine';
import { categoryTitle, type Lang, localize } from '@festplatz/core';
import { CASE_COMMANDS } from './case-commands.ts';
import { caseConsentsDto } from './consents-dto.ts';
import { submissionSignInDto } from './submission-sign-in-dto.ts';

/** Memoized edition lookup for one request (lists show many applications of few editions). */
export function editionLookup(repo: Repository): (editionId: string) => Promise<EditionRecord | null> {
  const cache = new Map<string, Promise<EditionRecord | null>>();
  return (editionId) => {
    let found = cache.get(editionId);
    if (!found) {
      found = repo.findEdition(editionId);
      cache.set(editionId, found);
    }
    return found;
  };
}

/** Maps applications to DTOs of their editions, reading each edition once. */
export function withEditions<T>(
  repo: Repository,
  apps: readonly ApplicationRecord[],
  toDto: (app: ApplicationRecord, edition: EditionRecord | null) => T,
): Promise<T[]> {
  const lookup = editionLookup(repo);
  return Promise.all(apps.map(async (app) => toDto(app, await lookup(app.editionId))));
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
export async function adminDetailDto(
  repo: Repository,
  app: ApplicationRecord,
  edition: EditionRecord | null,
  lang: Lang,
) {
  // The case's own bundle, not the edition's current pin: a case keeps the form and lifecycle it was submitted
  // under when a newer event-type version is published.
  const [pinned, allowed, log, consents] = await Promise.all([
    pinnedEventType(repo, app),
    caseAllowedEvents(repo, app),
    repo.applicationEvents(app.id),
    repo.listConsents(app.tenantId, app.id),
  ]);
  // Few distinct actors (the applicant, some staff, the system): each is read once.
  const actorIds = [...new Set(log.flatMap((e) => (e.actorId === null ? [] : [e.actorId])))];
  const users = await Promise.all(actorIds.map((id) => repo.findUserById(id)));
  const emails = new Map(actorIds.map((id, i) => [id, users[i]?.email ?? null]));
  return {
    ...adminListItemDto(app, edition, lang),
    applicantEmail: app.applicantEmail,
    data: app.data,
    form: { schema: pinned.form.schema, uiSchema: pinned.form.uiSchema ?? {} },
    events: log.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at.toISOString(),
      actor: e.actorId === null ? null : (emails.get(e.actorId) ?? null),
    })),
    allowedEvents: allowed,
    // AUTH-2/AUTH-4: how the applicant was signed in when submitting, and the company acted for.
    signIn: submissionSignInDto(log),
    // DS-1: which optional consents are in force, so staff use data only as the applicant allowed.
    consents: caseConsentsDto(consents, pinned, lang),
    // Which allowed events need a payload, so the back office offers one-click buttons only for the others.
    allowedCommands: allowed.map((type) => ({ type, requires: CASE_COMMANDS[type]?.requires ?? [] })),
  };
}
