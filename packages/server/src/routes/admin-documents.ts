import { DOCUMENT_REVIEW_STATUSES, type DocumentReviewStatus } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import { documentDto } from '../api/document-dto.ts';
import { documentOverview } from '../api/document-overview.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireStaff, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';
import { blobStore } from '../uploads/blob-store.ts';
import { sendDocument } from '../uploads/send-document.ts';

// Who may judge a document: the office (as for REQUEST_DOCUMENTS / DOCUMENTS_PROVIDED) and reviewers.
const REVIEW_ROLES = new Set(['admin', 'clerk', 'reviewer']);
const NOTE_MAX = 2000;

const isReviewStatus = (value: unknown): value is DocumentReviewStatus =>
  DOCUMENT_REVIEW_STATUSES.includes(value as DocumentReviewStatus);

/**
 * Staff view of a case's documents (`/api/v1/admin/applications/:id/documents...`): list with review status and
 * validity warnings, download, review. Scoped to the staff member's tenants; drafts and other tenants' cases
 * answer 404, as in routes/admin.ts.
 */
export function adminDocumentRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  const store = blobStore(deps.blobDir);
  const scopedCase = async (c: Context<AppEnv>, id: string) => {
    for (const { tenantId } of sessionOf(c).staffTenants) {
      const app = await repo.findTenantApplication(tenantId, id);
      if (app && app.submittedAt !== null) return app;
    }
    throw new FestplatzError('NOT_FOUND');
  };
  const scopedDocument = async (c: Context<AppEnv>, id: string, documentId: string) => {
    const app = await scopedCase(c, id);
    const doc = await repo.documents.find(app.id, documentId);
    if (!doc) throw new FestplatzError('NOT_FOUND');
    return { app, doc };
  };
  return new Hono<AppEnv>()
    .use(requireStaff)
    .get('/:id/documents', async (c) =>
      c.json(await documentOverview(repo, await scopedCase(c, c.req.param('id')), c.get('lang'))),
    )
    .get('/:id/documents/:documentId/content', async (c) => {
      const { doc } = await scopedDocument(c, c.req.param('id'), c.req.param('documentId'));
      return sendDocument(c, store, doc);
    })
    .post('/:id/documents/:documentId/review', async (c) => {
      const body = asObject(await readJsonBody(c));
      const { app, doc } = await scopedDocument(c, c.req.param('id'), c.req.param('documentId'));
      const session = sessionOf(c);
      const allowed = session.staffTenants.some(
        (m) => m.tenantId === app.tenantId && REVIEW_ROLES.has(m.role),
      );
      if (!allowed) throw new FestplatzError('FORBIDDEN');
      const note = typeof body.note === 'string' ? body.note.trim().slice(0, NOTE_MAX) : '';
      if (!isReviewStatus(body.status) || (body.note !== undefined && typeof body.note !== 'string')) {
        throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      }
      // The applicant sees the note next to the rejected file: without it they cannot tell what to fix.
      if (body.status === 'rejected' && note === '') {
        throw new FestplatzError('BAD_REQUEST', { reason: 'REVIEW_NOTE_REQUIRED' });
      }
      const reviewed = await repo.documents.review(app.id, doc.id, {
        status: body.status,
        note: note === '' ? null : note,
        reviewerId: session.user.id,
        now: deps.now(),
      });
      if (!reviewed) throw new FestplatzError('NOT_FOUND');
      return c.json(documentDto(reviewed, null));
    });
}
