// Public API of @festplatz/case-engine: persistence (drizzle + SQLite) and lifecycles (XState v5) of cases.
// Everything else in src/ is internal; export-list.test.ts snapshots this list so changes show in review.

export type { CaseCommand } from './applications/apply-event.ts';
export {
  type ApplicationEvent,
  type ApplicationRecord,
  applicationEvents,
  findApplicantApplication,
  findTenantApplication,
  listApplicantApplications,
  listTenantApplications,
} from './applications/records.ts';
export { startReview } from './applications/start-review.ts';
export { type SubmitApplicationCommand, submitApplication } from './applications/submit.ts';
export { consumeMagicLink, createSession, deleteSession, findSession, storeMagicLink } from './auth-store.ts';
export { type FestplatzDb, type OpenDatabaseOptions, openDatabase } from './db.ts';
export { type EditionRecord, findEdition, listOpenEditions, saveEdition } from './editions.ts';
export { type PublishResult, publishEventType } from './event-types.ts';
export { allowedEvents } from './lifecycle.ts';
export type { CommandError, CommandResult } from './results.ts';
export {
  ensureUser,
  findUserById,
  grantRole,
  membershipsOf,
  type StaffRole,
  type User,
  upsertTenant,
} from './users.ts';
