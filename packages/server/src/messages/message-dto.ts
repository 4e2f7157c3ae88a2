import type { MessageSide, StoredMessage } from '@festplatz/case-engine';
import { meetsTrustLevel, type TrustLevel } from '@festplatz/core';

/** One attachment as the thread shows it, with the URL that downloads it. */
export interface MessageAttachmentDto {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  href: string;
}

/** One message of a thread as a reader on one side sees it. */
export interface MessageDto {
  id: string;
  author: MessageSide;
  /** Written by the reader's side (the element says "Sie"), else by the other side. */
  own: boolean;
  createdAt: string;
  readAt: string | null;
  trustLevel: TrustLevel;
  /**
   * AUTH-2: true when the message was sent at a higher trust level than the applicant's current sign-in;
   * then `body` is null and `attachments` empty, and signing in at that level shows them.
   */
  withheld: boolean;
  body: string | null;
  attachments: MessageAttachmentDto[];
}

/** Who reads a thread: their side, their sign-in's trust level, and the API base of their attachment URLs. */
export interface ThreadReader {
  side: MessageSide;
  trustLevel: TrustLevel;
  /** e.g. `/api/v1/me/applications/<id>/messages`. */
  threadPath: string;
}

/**
 * Whether `reader` may see the content of `message` (AUTH-2). Only the applicant's logins are graded: the
 * office reads everything of its cases, whatever level its staff signed in with.
 */
export function mayRead(
  reader: Pick<ThreadReader, 'side' | 'trustLevel'>,
  messageLevel: TrustLevel,
): boolean {
  return reader.side === 'staff' || meetsTrustLevel(reader.trustLevel, messageLevel);
}

/** The message as `reader` may see it. */
export function messageDto(message: StoredMessage, reader: ThreadReader): MessageDto {
  const visible = mayRead(reader, message.trustLevel);
  return {
    id: message.id,
    author: message.authorRole,
    own: message.authorRole === reader.side,
    createdAt: message.createdAt.toISOString(),
    readAt: message.readAt?.toISOString() ?? null,
    trustLevel: message.trustLevel,
    withheld: !visible,
    body: visible ? message.body : null,
    attachments: visible
      ? message.attachments.map((file) => ({
          id: file.id,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.size,
          href: `${reader.threadPath}/attachments/${file.id}`,
        }))
      : [],
  };
}
