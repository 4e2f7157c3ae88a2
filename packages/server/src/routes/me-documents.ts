import { type Context, Hono } from 'hono';
import { documentDto } from '../api/document-dto.ts';
import { acceptsDocuments, documentOverview } from '../api/document-overview.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';
import { blobStore } from '../uploads/blob-store.ts';
import { handInDocument } from '../uploads/hand-in-document.ts';
import { sendDocument } from '../uploads/send-document.ts';
import { calendarDateParam, fileNameHeader } from '../uploads/upload-params.ts';

/**
 * The applicant's documents of one of their cases (`/api/v1/me/applications/:id/documents...`): what is needed
 * and by when, upload (raw body; the type is read from the content), remove, download. Another applicant's or
 * another tenant's case answers 404 like an unknown one.
 */
export function meDocumentRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  const store = blobStore(deps.blobDir);
  const ownCase = async (c: Context<AppEnv>, id: string) => {
    const app = await repo.findApplicantApplication(sessionOf(c).user.id, id);
    if (!app) throw new FestplatzError('NOT_FOUND');
    return app;
  };
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/:id/documents', async (c) =>
      c.json(await documentOverview(repo, await ownCase(c, c.req.param('id')), c.get('lang'))),
    )
    .post('/:id/documents', async (c) => {
      const app = await ownCase(c, c.req.param('id'));
      const kindId = c.req.query('kind') ?? '';
      const length = Number(c.req.header('content-length'));
      const doc = await handInDocument(repo, store, app, {
        kindId,
        fileName: fileNameHeader(c.req.header('x-file-name'), kindId),
        validFrom: calendarDateParam(c.req.query('validFrom')),
        validUntil: calendarDateParam(c.req.query('validUntil')),
        body: c.req.raw.body,
        declaredBytes: Number.isFinite(length) && length > 0 ? length : null,
        now: deps.now(),
      });
      c.header('Location', `/api/v1/me/applications/${app.id}/documents/${doc.id}/content`);
      return c.json(documentDto(doc, null), 201);
    })
    .delete('/:id/documents/:documentId', async (c) => {
      const app = await ownCase(c, c.req.param('id'));
      const doc = await repo.documents.find(app.id, c.req.param('documentId'));
      if (!doc) throw new FestplatzError('NOT_FOUND');
      if (!acceptsDocuments(app.state)) throw new FestplatzError('CONFLICT', { reason: 'UPLOAD_CLOSED' });
      // A draft is the applicant's own; after submitting, what the office accepted is part of the case file.
      const removed = await repo.documents.remove(app.id, doc.id, deps.now(), {
        keepAccepted: app.state !== 'draft',
      });
      if (!removed) throw new FestplatzError('CONFLICT', { reason: 'DOCUMENT_LOCKED' });
      return c.body(null, 204);
    })
    .get('/:id/documents/:documentId/content', async (c) => {
      const app = await ownCase(c, c.req.param('id'));
      const doc = await repo.documents.find(app.id, c.req.param('documentId'));
      if (!doc) throw new FestplatzError('NOT_FOUND');
      return sendDocument(c, store, doc);
    });
}
