import {
  type ApplicationRecord,
  type CommandError,
  saveDraft,
  submitApplication,
} from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
import { Hono } from 'hono';
import { myApplicationDto, withEditions } from '../api/application-dto.ts';
import { applicationStatusDto } from '../api/application-status-dto.ts';
import { commandFailure } from '../api/command-error.ts';
import { savedDrafts } from '../api/draft-dto.ts';
import { consentRows, readPrivacyChoice } from '../api/privacy-choice.ts';
import { requireTrustLevel } from '../auth/form-trust-level.ts';
import { submissionSignIn } from '../auth/submission-sign-in.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';

function submittedDto(app: ApplicationRecord) {
  return {
    id: app.id,
    state: app.state,
    submittedAt: app.submittedAt?.toISOString() ?? null,
    editionId: app.editionId,
  };
}

function draftDto(app: ApplicationRecord) {
  return { id: app.id, state: app.state, version: app.version, editionId: app.editionId };
}

/** Applicant API (`/api/v1/me...`): who am I, drafts, submit, and my own applications only. */
export function meRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  // Deadline texts are written in the edition's time zone (DATE-1).
  const failure = async (error: CommandError, editionId: string, lang: Lang) =>
    commandFailure(error, lang, (await repo.findEdition(editionId))?.edition.timeZone);
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/', (c) => {
      const { user, staffTenants, authMethod, trustLevel, representing } = sessionOf(c);
      return c.json({ id: user.id, email: user.email, staffTenants, authMethod, trustLevel, representing });
    })
    .post('/applications', async (c) => {
      const body = asObject(await readJsonBody(c));
      if (
        typeof body.editionId !== 'string' ||
        !('data' in body) ||
        (body.draftId !== undefined && typeof body.draftId !== 'string')
      ) {
        throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      }
      // A retry with the same Idempotency-Key (RFC draft "The Idempotency-Key HTTP Header Field") is answered
      // with the case it already created instead of a second one.
      const idempotencyKey = c.req.header('Idempotency-Key');
      // DS-1/DS-2: the Art. 13 version read and the consents given, checked against the edition's bundle.
      const edition = await repo.findEdition(body.editionId);
      const privacy = edition ? readPrivacyChoice(body, edition.eventType) : {};
      // AUTH-2: the form's minimum trust level; refused before anything is stored.
      if (edition) requireTrustLevel(deps, sessionOf(c), edition);
      const result = await submitApplication(repo, {
        editionId: body.editionId,
        applicantId: sessionOf(c).user.id,
        data: body.data,
        now: deps.now(),
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
        ...(typeof body.draftId === 'string' ? { applicationId: body.draftId } : {}),
        circumstances: { ...privacy, ...submissionSignIn(sessionOf(c)) },
      });
      if (!result.ok) throw await failure(result.error, body.editionId, c.get('lang'));
      const app = result.value;
      if (!result.replayed) await repo.recordConsents(consentRows(app, privacy));
      c.header('Location', `/api/v1/me/applications/${app.id}`);
      return c.json(submittedDto(app), result.replayed ? 200 : 201);
    })
    .post('/drafts', async (c) => {
      const body = asObject(await readJsonBody(c));
      if (typeof body.editionId !== 'string' || !('data' in body)) {
        throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      }
      const result = await saveDraft(repo, {
        editionId: body.editionId,
        applicantId: sessionOf(c).user.id,
        data: body.data,
        now: deps.now(),
      });
      if (!result.ok) throw await failure(result.error, body.editionId, c.get('lang'));
      c.header('Location', `/api/v1/me/applications/${result.value.id}`);
      return c.json(draftDto(result.value), 201);
    })
    .get('/drafts', async (c) => {
      // The form restores the newest one when the applicant comes back (A11Y-5: a forced re-login loses nothing).
      const editionId = c.req.query('editionId');
      if (!editionId) throw new FestplatzError('BAD_REQUEST');
      return c.json(await savedDrafts(repo, sessionOf(c).user.id, editionId));
    })
    .put('/drafts/:id', async (c) => {
      const body = asObject(await readJsonBody(c));
      const own = await repo.findApplicantApplication(sessionOf(c).user.id, c.req.param('id'));
      if (!own) throw new FestplatzError('NOT_FOUND');
      if (!('data' in body) || (body.version !== undefined && typeof body.version !== 'number')) {
        throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      }
      const result = await saveDraft(repo, {
        editionId: own.editionId,
        applicantId: own.applicantId,
        applicationId: own.id,
        data: body.data,
        now: deps.now(),
        ...(typeof body.version === 'number' ? { expectedVersion: body.version } : {}),
      });
      if (!result.ok) throw await failure(result.error, own.editionId, c.get('lang'));
      return c.json(draftDto(result.value));
    })
    .get('/applications', async (c) => {
      const apps = await repo.listApplicantApplications(sessionOf(c).user.id);
      const lang = c.get('lang');
      return c.json(await withEditions(repo, apps, (a, e) => myApplicationDto(a, e, lang)));
    })
    .get('/applications/:id', async (c) => {
      // Someone else's id answers 404 like an unknown one: existence is not revealed.
      const app = await repo.findApplicantApplication(sessionOf(c).user.id, c.req.param('id'));
      if (!app) throw new FestplatzError('NOT_FOUND');
      const edition = await repo.findEdition(app.editionId);
      return c.json(await applicationStatusDto(repo, app, edition, c.get('lang')));
    });
}
