import type { FestplatzPgDb } from '../pg/db.ts';
import * as accounts from './pg/accounts.ts';
import * as auth from './pg/auth.ts';
import * as cases from './pg/cases.ts';
import * as configuration from './pg/configuration.ts';
import * as records from './pg/records.ts';
import type { Repository } from './types.ts';

/** The {@link Repository} over an open PostgreSQL database (drizzle `node-postgres` queries). */
export function pgRepository(db: FestplatzPgDb): Repository {
  return {
    dialect: 'postgresql',
    upsertTenant: (tenant) => accounts.upsertTenant(db, tenant),
    ensureUser: (email) => accounts.ensureUser(db, email),
    findUserById: (id) => accounts.findUserById(db, id),
    grantRole: (grant) => accounts.grantRole(db, grant),
    membershipsOf: (userId) => accounts.membershipsOf(db, userId),
    storeMagicLink: (link) => auth.storeMagicLink(db, link),
    consumeMagicLink: (tokenHash, now) => auth.consumeMagicLink(db, tokenHash, now),
    createSession: (session) => auth.createSession(db, session),
    findSession: (idHash, now) => auth.findSession(db, idHash, now),
    deleteSession: (idHash) => auth.deleteSession(db, idHash),
    publishEventType: (tenantId, bundle, now) => configuration.publishEventType(db, tenantId, bundle, now),
    saveEdition: (tenantId, edition, demo, now) =>
      configuration.saveEdition(db, tenantId, edition, demo, now),
    findEdition: (editionId) => configuration.findEdition(db, editionId),
    listOpenEditions: (now) => configuration.listOpenEditions(db, now),
    insertCase: (row) => cases.insertCase(db, row),
    loadCase: (tenantId, id) => cases.loadCase(db, tenantId, id),
    updateCase: (update) => cases.updateCase(db, update),
    findTenantApplication: (tenantId, id) => records.findTenantApplication(db, tenantId, id),
    listTenantApplications: (tenantId) => records.listTenantApplications(db, tenantId),
    findApplicantApplication: (applicantId, id) => records.findApplicantApplication(db, applicantId, id),
    listApplicantApplications: (applicantId) => records.listApplicantApplications(db, applicantId),
    appendEvent: (entry) => cases.appendEvent(db, entry),
    applicationEvents: (applicationId) => cases.listEvents(db, applicationId),
  };
}
