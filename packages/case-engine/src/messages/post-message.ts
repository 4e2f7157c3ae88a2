import { type Issue, meetsTrustLevel, type TrustLevel } from '@festplatz/core';
import type { MessageSide, NewMessageAttachment, StoredMessage } from '../repository/messages-types.ts';
import type { Repository } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { messageNotice } from './notification.ts';

/** The longest message text, in characters: a letter's worth; longer matters belong in an attachment. */
export const MESSAGE_BODY_MAX_LENGTH = 5000;

/** A message to post on a case the caller has already scoped (the applicant's own, or one of the tenant's). */
export interface PostMessageCommand {
  tenantId: string;
  applicationId: string;
  authorId: string;
  authorRole: MessageSide;
  /** The text as sent (unchecked): required, at most {@link MESSAGE_BODY_MAX_LENGTH} characters. */
  body: unknown;
  /** The author's sign-in level (AUTH-2). */
  trustLevel: TrustLevel;
  /** Files already in the blob store, type detected from their content. */
  attachments: readonly NewMessageAttachment[];
  now: Date;
}

/** The issues of a message text, with JSON pointers into the request body (`/body`). */
export function messageBodyIssues(body: unknown): Issue[] {
  if (typeof body !== 'string' || body.trim() === '') {
    return [{ path: '/body', code: 'minLength', params: { limit: 1 } }];
  }
  if ([...body].length > MESSAGE_BODY_MAX_LENGTH) {
    return [{ path: '/body', code: 'maxLength', params: { limit: MESSAGE_BODY_MAX_LENGTH } }];
  }
  return [];
}

// AUTH-2: an office reply is as protected as the most protected message it answers, so that a lower login of
// the applicant cannot read in the answer what it may not read in the question.
async function replyTrustLevel(repo: Repository, cmd: PostMessageCommand): Promise<TrustLevel> {
  if (cmd.authorRole === 'applicant') return cmd.trustLevel;
  const thread = await repo.messages.thread(cmd.applicationId);
  return thread
    .filter((m) => m.authorRole === 'applicant')
    .reduce<TrustLevel>(
      (level, m) => (meetsTrustLevel(level, m.trustLevel) ? level : m.trustLevel),
      cmd.trustLevel,
    );
}

/**
 * Posts a message in a case's thread (SEC-5) with its attachments and, in the same transaction, the
 * notification to the other side (a mail without content). An empty or too long text is VALIDATION_FAILED.
 */
export async function postMessage(
  repo: Repository,
  cmd: PostMessageCommand,
): Promise<CommandResult<StoredMessage>> {
  const issues = messageBodyIssues(cmd.body);
  if (issues.length > 0 || typeof cmd.body !== 'string') return fail({ code: 'VALIDATION_FAILED', issues });
  const id = crypto.randomUUID();
  const stored = await repo.messages.add({
    id,
    tenantId: cmd.tenantId,
    applicationId: cmd.applicationId,
    authorId: cmd.authorId,
    authorRole: cmd.authorRole,
    body: cmd.body.trim(),
    trustLevel: await replyTrustLevel(repo, cmd),
    now: cmd.now,
    attachments: cmd.attachments,
    outbox: [
      messageNotice({
        tenantId: cmd.tenantId,
        applicationId: cmd.applicationId,
        messageId: id,
        recipient: cmd.authorRole === 'applicant' ? 'staff' : 'applicant',
      }),
    ],
  });
  return { ok: true, value: stored };
}
