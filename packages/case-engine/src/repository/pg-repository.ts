import { pgOutboxStore } from '../outbox/pg-store.ts';
import type { FestplatzPgDb } from '../pg/db.ts';
import * as accounts from './pg/accounts.ts';
import * as audit from './pg/audit.ts';
import * as auth from './pg/auth.ts';
import * as cases from './pg/cases.ts';
import * as configuration from './pg/configuration.ts';
import { pgConsentStore } from './pg/consents.ts';
import { pgDocumentStore } from './pg/documents.ts';
import * as eventLog from './pg/event-log.ts';
import { pgExternalIdentities } from './pg/external-identities.ts';
import { pgMessageStore } from './pg/messages.ts';
import * as outbox from './pg/outbox.ts';
import * as records from './pg/records.ts';
import type { Repository } from './types.ts';

/** The {@link Repository} over an open PostgreSQL database (drizzle `node-postgres` queries). */
export function pgRepository(db: FestplatzPgDb): Repository {
  return {
    dialect: 'postgresql',
    ...pgConsentStore(db),
    ...pgExternalIdentities(db),
    upsertTenant: (tenant) => accounts.upsertTenant(db, tenant),
    ensureUser: (email) => accounts.ensureUser(db, email),
    findUserById: (id) => accounts.findUserById(db, id),
    grantRole: (grant) => accounts.grantRole(db, grant),
    membershipsOf: (userId) => accounts.membershipsOf(db, userId),
    listTenantStaff: (tenantId) => accounts.listTenantStaff(db, tenantId),
    storeMagicLink: (link) => auth.storeMagicLink(db, link),
    consumeMagicLink: (tokenHash, now) => auth.consumeMagicLink(db, tokenHash, now),
    createSession: (session) => auth.createSession(db, session),
    findSession: (idHash, now) => auth.findSession(db, idHash, now),
    extendSession: (idHash, now, expiresAt) => auth.extendSession(db, idHash, now, expiresAt),
    deleteSession: (idHash) => auth.deleteSession(db, idHash),
    publishEventType: (tenantId, bundle, now) => configuration.publishEventType(db, tenantId, bundle, now),
    saveEdition: (tenantId, edition, demo, now) =>
      configuration.saveEdition(db, tenantId, edition, demo, now),
    findEdition: (editionId) => configuration.findEdition(db, editionId),
    listOpenEditions: (now) => configuration.listOpenEditions(db, now),
    findEventTypeByHash: (tenantId, hash) => configuration.findEventTypeByHash(db, tenantId, hash),
    createCase: (change) => cases.createCase(db, change),
    findByIdempotencyKey: (applicantId, key) => cases.findByIdempotencyKey(db, applicantId, key),
    loadCase: (tenantId, id) => cases.loadCase(db, tenantId, id),
    changeCase: (change) => cases.changeCase(db, change),
    findTenantApplication: (tenantId, id) => records.findTenantApplication(db, tenantId, id),
    listTenantApplications: (tenantId) => records.listTenantApplications(db, tenantId),
    findApplicantApplication: (applicantId, id) => records.findApplicantApplication(db, applicantId, id),
    listApplicantApplications: (applicantId) => records.listApplicantApplications(db, applicantId),
    applicationEvents: (applicationId) => eventLog.listEvents(db, applicationId),
    verifyAuditChains: () => audit.verifyAuditChains(db),
    enqueueOutbox: (messages, now) => outbox.insertOutbox(db.orm, messages, now),
    outbox: pgOutboxStore(db),
    messages: pgMessageStore(db),
    documents: pgDocumentStore(db),
    listDeadLetters: (tenantId) => outbox.listDeadLetters(db, tenantId),
    retryDeadLetter: (id, options) => outbox.retryDeadLetter(db, id, options),
  };
}
