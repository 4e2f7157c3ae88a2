import type { TrustLevel } from '@festplatz/core';
import type { NewOutboxMessage } from '../outbox/types.ts';

// The message thread of a case (SEC-5: secure communication instead of e-mail; the thread is part of the case
// file). Callers scope first (the applicant's own case, a case of the staff member's tenant) and then address
// the thread by the case id; the store does not check who asks.

/** Who wrote a message: the applicant of the case or the office. */
export type MessageSide = 'applicant' | 'staff';

/** A file to attach: its content is already in the blob store under `sha256` (type detected from content). */
export interface NewMessageAttachment {
  sha256: string;
  /** The name the author's file had; shown and offered on download, never used to store or type it. */
  fileName: string;
  mediaType: string;
  size: number;
}

/** A stored attachment of a message. */
export interface MessageAttachment extends NewMessageAttachment {
  id: string;
  messageId: string;
}

/** An attachment found by id, with the trust level of its message (AUTH-2 decides who may download it). */
export interface FoundMessageAttachment extends MessageAttachment {
  messageTrustLevel: TrustLevel;
}

/**
 * A new message with everything written with it in one transaction: its attachments (a blob row is created
 * for content not yet known) and its outbox messages (the "new message" notification, SEC-5).
 */
export interface NewMessage {
  id: string;
  tenantId: string;
  applicationId: string;
  authorId: string;
  authorRole: MessageSide;
  body: string;
  /** AUTH-2: the level the message was sent at; a lower login of the applicant does not see its content. */
  trustLevel: TrustLevel;
  now: Date;
  attachments: readonly NewMessageAttachment[];
  outbox: readonly NewOutboxMessage[];
}

/** A stored message with its attachments (in a thread ordered by file name, from `add` as given). */
export interface StoredMessage extends Omit<NewMessage, 'now' | 'attachments' | 'outbox'> {
  /** When the other side first read it; null while unread. */
  readAt: Date | null;
  createdAt: Date;
  attachments: MessageAttachment[];
}

/** The message threads of cases; one implementation per dialect, one contract (test/contract/messages). */
export interface MessageStore {
  /** Stores the message, its attachments and its outbox messages atomically; returns it as stored. */
  add(message: NewMessage): Promise<StoredMessage>;
  /** The thread of a case, oldest first (ties by id), each message with its attachments. */
  thread(applicationId: string): Promise<StoredMessage[]>;
  /** Marks the unread messages of the other side than `reader` as read at `now`; returns how many. */
  markRead(applicationId: string, reader: MessageSide, now: Date): Promise<number>;
  /** Per case of `applicationIds`, how many messages of the other side `reader` has not read (0s omitted). */
  countUnread(reader: MessageSide, applicationIds: readonly string[]): Promise<Record<string, number>>;
  /** One attachment of a message of this case; null when unknown or attached in another case. */
  findAttachment(applicationId: string, attachmentId: string): Promise<FoundMessageAttachment | null>;
}

/** The side whose messages `reader` reads. */
export function otherSide(reader: MessageSide): MessageSide {
  return reader === 'applicant' ? 'staff' : 'applicant';
}
