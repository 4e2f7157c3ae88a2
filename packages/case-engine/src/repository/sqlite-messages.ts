import type { FestplatzDb } from '../db.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import type { GroupCommit } from '../sqlite/group-commit.ts';
import { prepared } from '../sqlite/prepared.ts';
import { settled } from '../sqlite/settled.ts';
import {
  type FoundMessageAttachment,
  type MessageAttachment,
  type MessageSide,
  type MessageStore,
  type NewMessage,
  otherSide,
  type StoredMessage,
} from './messages-types.ts';

// The message threads on SQLite. Writes go through the connection's group committer like every command, so a
// message, its attachments and its notification share one transaction (and one fsync with concurrent writes).

/** A message row as SQLite returns it: instants as epoch milliseconds. */
type MessageRow = Omit<StoredMessage, 'readAt' | 'createdAt' | 'attachments'> & {
  readAt: number | null;
  createdAt: number;
};

const ATTACHMENT_COLUMNS = `a.id, a.message_id AS messageId, a.blob_sha256 AS sha256, a.file_name AS fileName,
  a.media_type AS mediaType, a.size`;

function insertMessage(db: FestplatzDb, message: NewMessage): StoredMessage {
  const at = message.now.getTime();
  prepared(
    db,
    `INSERT INTO messages (id, tenant_id, application_id, author_id, author_role, body, trust_level, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    message.id,
    message.tenantId,
    message.applicationId,
    message.authorId,
    message.authorRole,
    message.body,
    message.trustLevel,
    at,
  );
  const attachments = message.attachments.map((file): MessageAttachment => {
    // The same content attached twice (or uploaded as a document) is one blob row.
    prepared(
      db,
      'INSERT INTO blobs (sha256, media_type, size, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(file.sha256, file.mediaType, file.size, at);
    const id = crypto.randomUUID();
    prepared(
      db,
      `INSERT INTO message_attachments (id, message_id, blob_sha256, file_name, media_type, size, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, message.id, file.sha256, file.fileName, file.mediaType, file.size, at);
    return { id, messageId: message.id, ...file };
  });
  enqueueOutbox(db, message.outbox, message.now);
  const { now, outbox: _outbox, attachments: _files, ...columns } = message;
  return { ...columns, readAt: null, createdAt: now, attachments };
}

function thread(db: FestplatzDb, applicationId: string): StoredMessage[] {
  const rows = prepared(
    db,
    `SELECT id, tenant_id AS tenantId, application_id AS applicationId, author_id AS authorId,
       author_role AS authorRole, body, trust_level AS trustLevel, read_at AS readAt, created_at AS createdAt
     FROM messages WHERE application_id = ? ORDER BY created_at, id`,
  ).all(applicationId) as MessageRow[];
  const files = prepared(
    db,
    `SELECT ${ATTACHMENT_COLUMNS} FROM message_attachments a JOIN messages m ON m.id = a.message_id
     WHERE m.application_id = ? ORDER BY a.file_name, a.id`,
  ).all(applicationId) as MessageAttachment[];
  return rows.map((row) => ({
    ...row,
    readAt: row.readAt === null ? null : new Date(row.readAt),
    createdAt: new Date(row.createdAt),
    attachments: files.filter((file) => file.messageId === row.id),
  }));
}

function markRead(db: FestplatzDb, applicationId: string, reader: MessageSide, now: Date): number {
  return prepared(
    db,
    'UPDATE messages SET read_at = ? WHERE application_id = ? AND author_role = ? AND read_at IS NULL',
  ).run(now.getTime(), applicationId, otherSide(reader)).changes;
}

function countUnread(
  db: FestplatzDb,
  reader: MessageSide,
  applicationIds: readonly string[],
): Record<string, number> {
  if (applicationIds.length === 0) return {};
  // json_each keeps it one statement however many cases a list shows (no variable-count limit).
  const rows = prepared(
    db,
    `SELECT application_id AS applicationId, count(*) AS n FROM messages
     WHERE author_role = ? AND read_at IS NULL AND application_id IN (SELECT value FROM json_each(?))
     GROUP BY application_id`,
  ).all(otherSide(reader), JSON.stringify(applicationIds)) as { applicationId: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.applicationId, row.n]));
}

function findAttachment(
  db: FestplatzDb,
  applicationId: string,
  attachmentId: string,
): FoundMessageAttachment | null {
  const row = prepared(
    db,
    `SELECT ${ATTACHMENT_COLUMNS}, m.trust_level AS messageTrustLevel
     FROM message_attachments a JOIN messages m ON m.id = a.message_id
     WHERE a.id = ? AND m.application_id = ?`,
  ).get(attachmentId, applicationId) as FoundMessageAttachment | undefined;
  return row ?? null;
}

/** The {@link MessageStore} over an open SQLite database; writes run in `committer`'s transactions. */
export function sqliteMessageStore(db: FestplatzDb, committer: GroupCommit): MessageStore {
  return {
    add: (message) => committer.run(() => insertMessage(db, message)),
    thread: (applicationId) => settled(() => thread(db, applicationId)),
    markRead: (applicationId, reader, now) => committer.run(() => markRead(db, applicationId, reader, now)),
    countUnread: (reader, ids) => settled(() => countUnread(db, reader, ids)),
    findAttachment: (applicationId, id) => settled(() => findAttachment(db, applicationId, id)),
  };
}
