import {
  applicationEvents,
  findApplicantApplication,
  findTenantApplication,
  listApplicantApplications,
  listTenantApplications,
} from '../applications/records.ts';
import { verifyAuditChains } from '../audit/verify.ts';
import {
  consumeMagicLink,
  createSession,
  deleteSession,
  extendSession,
  findSession,
  storeMagicLink,
} from '../auth-store.ts';
import type { FestplatzDb } from '../db.ts';
import { findEdition, listOpenEditions, saveEdition } from '../editions.ts';
import { findEventTypeByHash, publishEventType } from '../event-types.ts';
import { listDeadLetters, retryDeadLetter } from '../outbox/dead-letters.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import { sqliteOutboxStore } from '../outbox/store.ts';
import { groupCommit } from '../sqlite/group-commit.ts';
import {
  ensureUser,
  findUserById,
  grantRole,
  listTenantStaff,
  membershipsOf,
  upsertTenant,
} from '../users.ts';
import { changeCase, createCase, findByIdempotencyKey, loadCase } from './sqlite-cases.ts';
import { sqliteConsentStore } from './sqlite-consents.ts';
import { sqliteDocumentStore } from './sqlite-documents.ts';
import { sqliteExternalIdentities } from './sqlite-external-identities.ts';
import { sqliteMessageStore } from './sqlite-messages.ts';
import type { Repository } from './types.ts';

/**
 * The {@link Repository} over an open SQLite database. Reads and configuration writes are the synchronous
 * functions, each wrapped so that a thrown error becomes a rejected promise (never a synchronous throw from
 * an async-looking call). The writes of commands (createCase, changeCase, enqueueOutbox) go through the
 * connection's group committer, so concurrent commands share one fsync (see sqlite/group-commit.ts).
 */
export function sqliteRepository(db: FestplatzDb): Repository {
  const lift =
    <A extends unknown[], R>(fn: (db: FestplatzDb, ...args: A) => R) =>
    (...args: A): Promise<R> => {
      try {
        return Promise.resolve(fn(db, ...args));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  const committer = groupCommit(db.sqlite);
  const committed =
    <A extends unknown[], R>(fn: (db: FestplatzDb, ...args: A) => R) =>
    (...args: A): Promise<R> =>
      committer.run(() => fn(db, ...args));
  return {
    dialect: 'sqlite',
    ...sqliteConsentStore(db),
    ...sqliteExternalIdentities(db),
    upsertTenant: lift(upsertTenant),
    ensureUser: lift(ensureUser),
    findUserById: lift(findUserById),
    grantRole: lift(grantRole),
    membershipsOf: lift(membershipsOf),
    storeMagicLink: lift(storeMagicLink),
    consumeMagicLink: lift(consumeMagicLink),
    createSession: lift(createSession),
    findSession: lift(findSession),
    extendSession: lift(extendSession),
    deleteSession: lift(deleteSession),
    publishEventType: lift(publishEventType),
    saveEdition: lift(saveEdition),
    findEdition: lift(findEdition),
    listOpenEditions: lift(listOpenEditions),
    findEventTypeByHash: lift(findEventTypeByHash),
    listTenantStaff: lift(listTenantStaff),
    createCase: committed(createCase),
    findByIdempotencyKey: lift(findByIdempotencyKey),
    loadCase: lift(loadCase),
    changeCase: committed(changeCase),
    findTenantApplication: lift(findTenantApplication),
    listTenantApplications: lift(listTenantApplications),
    findApplicantApplication: lift(findApplicantApplication),
    listApplicantApplications: lift(listApplicantApplications),
    applicationEvents: lift(applicationEvents),
    verifyAuditChains: lift(verifyAuditChains),
    enqueueOutbox: committed(enqueueOutbox),
    outbox: sqliteOutboxStore(db),
    messages: sqliteMessageStore(db, committer),
    documents: sqliteDocumentStore(db, committer),
    listDeadLetters: lift(listDeadLetters),
    retryDeadLetter: lift(retryDeadLetter),
  };
}
