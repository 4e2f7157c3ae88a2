import type { ApplicationRecord } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import { documentDto } from '../api/document-dto.ts';
import { APPLICATION_UPLOAD_LIMIT_BYTES, acceptsDocuments, usedBytes } from '../api/document-overview.ts';
import { reusableDocumentDtos } from '../api/reusable-document-dto.ts';
import { reusableDocuments } from '../api/reusable-documents.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';
import { fileTooLarge } from '../uploads/receive-upload.ts';

/** More than any bundle asks for at once; bounds the work one request can cause. */
const MAX_DOCUMENTS_PER_REQUEST = 20;

function documentIdsOf(body: Record<string, unknown>): string[] {
  const ids = body.documentIds;
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > MAX_DOCUMENTS_PER_REQUEST ||
    !ids.every((id) => typeof id === 'string')
  ) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
  }
  return [...new Set(ids as string[])];
}

/**
 * Apply again with documents (`/api/v1/me/applications/:id/documents/reusable|reuse`): the applicant's still valid
 * proofs from earlier cases, and taking them over into this case. The copy shares the stored file (same SHA-256
 * blob, no bytes are copied) and starts unreviewed: the office checks it again for this event. Another applicant's
 * or tenant's case, and any document not offered for it, answer 404.
 */
export function meDocumentReuseRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  const ownCase = async (c: Context<AppEnv>): Promise<ApplicationRecord> => {
    const app = await repo.findApplicantApplication(sessionOf(c).user.id, c.req.param('id') ?? '');
    if (!app) throw new FestplatzError('NOT_FOUND');
    return app;
  };
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/:id/documents/reusable', async (c) => {
      const app = await ownCase(c);
      const offered = acceptsDocuments(app.state) ? await reusableDocuments(repo, app) : [];
      return c.json({ documents: await reusableDocumentDtos(repo, app.applicantId, offered, c.get('lang')) });
    })
    .post('/:id/documents/reuse', async (c) => {
      const app = await ownCase(c);
      const ids = documentIdsOf(asObject(await readJsonBody(c)));
      if (!acceptsDocuments(app.state)) throw new FestplatzError('CONFLICT', { reason: 'UPLOAD_CLOSED' });
      const offered = new Map((await reusableDocuments(repo, app)).map((doc) => [doc.id, doc]));
      const chosen = ids.map((id) => offered.get(id));
      if (chosen.some((doc) => doc === undefined)) throw new FestplatzError('NOT_FOUND');
      const docs = chosen.filter((doc) => doc !== undefined);
      const used = usedBytes(await repo.documents.list(app.id));
      if (used + usedBytes(docs) > APPLICATION_UPLOAD_LIMIT_BYTES) {
        throw fileTooLarge(APPLICATION_UPLOAD_LIMIT_BYTES, 'application');
      }
      const now = deps.now();
      const added = [];
      for (const doc of docs) {
        added.push(
          await repo.documents.add({
            tenantId: app.tenantId,
            applicationId: app.id,
            applicantId: app.applicantId,
            kindId: doc.kindId,
            blob: { sha256: doc.blobSha256, mediaType: doc.mediaType, size: doc.size },
            fileName: doc.fileName,
            validFrom: doc.validFrom,
            validUntil: doc.validUntil,
            now,
          }),
        );
      }
      return c.json({ documents: added.map((doc) => documentDto(doc, true)) }, 201);
    });
}
