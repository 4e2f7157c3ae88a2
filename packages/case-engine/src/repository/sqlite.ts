import { appendEvent } from '../applications/event-log.ts';
import {
  applicationEvents,
  findApplicantApplication,
  findTenantApplication,
  listApplicantApplications,
  listTenantApplications,
} from '../applications/records.ts';
import {
  consumeMagicLink,
  createSession,
  deleteSession,
  findSession,
  storeMagicLink,
} from '../auth-store.ts';
import type { FestplatzDb } from '../db.ts';
import { findEdition, listOpenEditions, saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { ensureUser, findUserById, grantRole, membershipsOf, upsertTenant } from '../users.ts';
import { insertCaseSqlite, loadCaseSqlite, updateCaseSqlite } from './sqlite-cases.ts';
import type { Repository } from './types.ts';

/**
 * The {@link Repository} over an open SQLite database: the existing synchronous functions, each wrapped so
 * that a thrown error becomes a rejected promise (never a synchronous throw from an async-looking call).
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
  return {
    dialect: 'sqlite',
    upsertTenant: lift(upsertTenant),
    ensureUser: lift(ensureUser),
    findUserById: lift(findUserById),
    grantRole: lift(grantRole),
    membershipsOf: lift(membershipsOf),
    storeMagicLink: lift(storeMagicLink),
    consumeMagicLink: lift(consumeMagicLink),
    createSession: lift(createSession),
    findSession: lift(findSession),
    deleteSession: lift(deleteSession),
    publishEventType: lift(publishEventType),
    saveEdition: lift(saveEdition),
    findEdition: lift(findEdition),
    listOpenEditions: lift(listOpenEditions),
    insertCase: lift(insertCaseSqlite),
    loadCase: lift(loadCaseSqlite),
    updateCase: lift(updateCaseSqlite),
    findTenantApplication: lift(findTenantApplication),
    listTenantApplications: lift(listTenantApplications),
    findApplicantApplication: lift(findApplicantApplication),
    listApplicantApplications: lift(listApplicantApplications),
    appendEvent: lift(appendEvent),
    applicationEvents: lift(applicationEvents),
  };
}
