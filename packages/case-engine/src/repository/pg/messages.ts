import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { blobs, messageAttachments, messages } from '../../pg/schema.ts';
import {
  type FoundMessageAttachment,
  type MessageAttachment,
  type MessageStore,
  type NewMessage,
  otherSide,
  type StoredMessage,
} from '../messages-types.ts';
import { insertOutbox } from './outbox.ts';

// The message threads on PostgreSQL, mirroring sqlite-messages.ts (same order: ids compared bytewise).

const attachmentColumns = {
  id: messageAttachments.id,
  messageId: messageAttachments.messageId,
  sha256: messageAttachments.blobSha256,
  fileName: messageAttachments.fileName,
  mediaType: messageAttachments.mediaType,
  size: messageAttachments.size,
};

const bytewise = (column: typeof messages.id | typeof messageAttachments.id) => sql`${column} COLLATE "C"`;

async function add(db: FestplatzPgDb, message: NewMessage): Promise<StoredMessage> {
  const { now, outbox, attachments: files, ...columns } = message;
  const attachments = await db.orm.transaction(async (tx) => {
    await tx.insert(messages).values({ ...columns, createdAt: now });
    const stored: MessageAttachment[] = [];
    for (const file of files) {
      // The same content attached twice (or uploaded as a document) is one blob row.
      await tx
        .insert(blobs)
        .values({ sha256: file.sha256, mediaType: file.mediaType, size: file.size, createdAt: now })
        .onConflictDoNothing();
      const [row] = await tx
        .insert(messageAttachments)
        .values({
          messageId: message.id,
          blobSha256: file.sha256,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.size,
          createdAt: now,
        })
        .returning(attachmentColumns);
      if (row) stored.push(row);
    }
    await insertOutbox(tx, outbox, now);
    return stored;
  });
  return { ...columns, readAt: null, createdAt: now, attachments };
}

async function thread(db: FestplatzPgDb, applicationId: string): Promise<StoredMessage[]> {
  const rows = await db.orm
    .select()
    .from(messages)
    .where(eq(messages.applicationId, applicationId))
    .orderBy(asc(messages.createdAt), asc(bytewise(messages.id)));
  const files = await db.orm
    .select(attachmentColumns)
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .where(eq(messages.applicationId, applicationId))
    .orderBy(sql`${messageAttachments.fileName} COLLATE "C"`, asc(bytewise(messageAttachments.id)));
  return rows.map((row) => ({ ...row, attachments: files.filter((file) => file.messageId === row.id) }));
}

/** The {@link MessageStore} over an open PostgreSQL database. */
export function pgMessageStore(db: FestplatzPgDb): MessageStore {
  return {
    add: (message) => add(db, message),
    thread: (applicationId) => thread(db, applicationId),
    async markRead(applicationId, reader, now) {
      const updated = await db.orm
        .update(messages)
        .set({ readAt: now })
        .where(
          and(
            eq(messages.applicationId, applicationId),
            eq(messages.authorRole, otherSide(reader)),
            isNull(messages.readAt),
          ),
        )
        .returning({ id: messages.id });
      return updated.length;
    },
    async countUnread(reader, applicationIds) {
      if (applicationIds.length === 0) return {};
      const rows = await db.orm
        .select({ applicationId: messages.applicationId, n: count() })
        .from(messages)
        .where(
          and(
            eq(messages.authorRole, otherSide(reader)),
            isNull(messages.readAt),
            inArray(messages.applicationId, [...applicationIds]),
          ),
        )
        .groupBy(messages.applicationId);
      return Object.fromEntries(rows.map((row) => [row.applicationId, row.n]));
    },
    async findAttachment(applicationId, attachmentId): Promise<FoundMessageAttachment | null> {
      const [row] = await db.orm
        .select({ ...attachmentColumns, messageTrustLevel: messages.trustLevel })
        .from(messageAttachments)
        .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
        .where(and(eq(messageAttachments.id, attachmentId), eq(messages.applicationId, applicationId)));
      return row ?? null;
    },
  };
}
