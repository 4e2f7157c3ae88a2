import { type MessageSide, messageBodyIssues, postMessage } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { commandFailure } from '../api/command-error.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { assertMayWrite, threadCaseFinder, threadCaseIds } from '../messages/case-access.ts';
import { mayRead, messageDto, type ThreadReader } from '../messages/message-dto.ts';
import {
  MESSAGE_REQUEST_MAX_BYTES,
  readMessageRequest,
  storeAttachments,
} from '../messages/message-request.ts';
import { requireApplicant, requireStaff, sessionOf } from '../middleware/guards.ts';
import { blobStore } from '../uploads/blob-store.ts';
import { fileTooLarge } from '../uploads/receive-upload.ts';
import { attachmentResponse } from '../util/attachment-response.ts';

/** Where each side's API lives; the thread's attachment URLs are built from it. */
const API_BASE: Record<MessageSide, string> = { applicant: '/api/v1/me', staff: '/api/v1/admin' };

/**
 * The message thread of a case (SEC-5), for one side: mounted at `/api/v1/me` for the applicant (own cases)
 * and at `/api/v1/admin` for the office (cases of the staff member's tenants), with the same paths under
 * `/applications/:id/messages`, plus `/messages/unread` (unread counts per case).
 */
export function messageRoutes(deps: ResolvedDeps, side: MessageSide): Hono<AppEnv> {
  const { repo } = deps;
  const findCase = threadCaseFinder(repo, side);
  const blobs = blobStore(deps.blobDir);
  const readerOf = (c: Context<AppEnv>, applicationId: string): ThreadReader => ({
    side,
    trustLevel: sessionOf(c).trustLevel,
    threadPath: `${API_BASE[side]}/applications/${applicationId}/messages`,
  });

  return (
    new Hono<AppEnv>()
      .use(side === 'applicant' ? requireApplicant : requireStaff)
      .get('/applications/:id/messages', async (c) => {
        const app = await findCase(sessionOf(c), c.req.param('id'));
        const reader = readerOf(c, app.id);
        const thread = await repo.messages.thread(app.id);
        return c.json({ items: thread.map((m) => messageDto(m, reader)) });
      })
      .post(
        '/applications/:id/messages',
        // Counted while the body streams in, so an endless upload is cut off, not buffered.
        bodyLimit({
          maxSize: MESSAGE_REQUEST_MAX_BYTES,
          onError: () => {
            throw fileTooLarge(MESSAGE_REQUEST_MAX_BYTES);
          },
        }),
        async (c) => {
          const session = sessionOf(c);
          const app = await findCase(session, c.req.param('id'));
          assertMayWrite(session, side, app);
          const request = await readMessageRequest(c);
          // The text first: a message refused for its text does not store its files.
          const issues = messageBodyIssues(request.body);
          if (issues.length > 0) throw new FestplatzError('VALIDATION_FAILED', { issues });
          const result = await postMessage(repo, {
            tenantId: app.tenantId,
            applicationId: app.id,
            authorId: session.user.id,
            authorRole: side,
            body: request.body,
            trustLevel: session.trustLevel,
            attachments: await storeAttachments(blobs, request.files),
            now: deps.now(),
          });
          if (!result.ok) throw commandFailure(result.error, c.get('lang'));
          return c.json(messageDto(result.value, readerOf(c, app.id)), 201);
        },
      )
      .post('/applications/:id/messages/read', async (c) => {
        const app = await findCase(sessionOf(c), c.req.param('id'));
        return c.json({ marked: await repo.messages.markRead(app.id, side, deps.now()) });
      })
      // How many of the other side's messages are unread, per case (for lists and the case overview).
      .get('/messages/unread', async (c) => {
        const ids = await threadCaseIds(repo, side, sessionOf(c));
        return c.json({ unread: await repo.messages.countUnread(side, ids) });
      })
      .get('/applications/:id/messages/attachments/:attachmentId', async (c) => {
        const app = await findCase(sessionOf(c), c.req.param('id'));
        const file = await repo.messages.findAttachment(app.id, c.req.param('attachmentId'));
        if (!file) throw new FestplatzError('NOT_FOUND');
        if (!mayRead(readerOf(c, app.id), file.messageTrustLevel)) {
          throw new FestplatzError('FORBIDDEN', { reason: 'MESSAGE_NEEDS_HIGHER_SIGN_IN' });
        }
        const content = await blobs.open(file.sha256);
        // The row says the file exists: its absence in the store is a broken invariant (500), not a 404.
        if (!content) throw new Error(`blob ${file.sha256} of message attachment ${file.id} is missing`);
        return attachmentResponse(c, file, content);
      })
  );
}
