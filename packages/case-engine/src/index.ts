// Public API of @festplatz/case-engine: persistence (drizzle + SQLite) and lifecycles (XState v5) of cases.
// Everything else in src/ is internal; export-list.test.ts snapshots this list so changes show in review.

export { type CaseCommand, caseAllowedEvents, pinnedEventType } from './applications/apply-event.ts';
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
export type { AuditBreak, AuditBreakReason, AuditVerification } from './audit/check-chains.ts';
export { verifyAuditChains } from './audit/verify.ts';
export { consumeMagicLink, createSession, deleteSession, findSession, storeMagicLink } from './auth-store.ts';
export * from './commands/index.ts';
export { type FestplatzDb, type OpenDatabaseOptions, openDatabase } from './db.ts';
export { type EditionRecord, findEdition, listOpenEditions, saveEdition } from './editions.ts';
export { type PublishResult, publishEventType } from './event-types.ts';
export { buildLifecycleMachine, type UnknownLifecycleNames } from './lifecycle/machine.ts';
export {
  createLifecycleRegistry,
  DEFAULT_LIFECYCLE_REGISTRY,
  type LifecycleActionSpec,
  type LifecycleGuard,
  type LifecycleRegistry,
} from './lifecycle/registry.ts';
export { allowedEvents, type LifecycleEvent, type LifecycleStep, nextStep } from './lifecycle.ts';
export { type Backoff, exponentialBackoff } from './outbox/backoff.ts';
export { listDeadLetters, retryDeadLetter } from './outbox/dead-letters.ts';
export {
  createOutboxDispatcher,
  type OutboxDispatcher,
  type OutboxDispatcherOptions,
  type OutboxDispatcherSettings,
  type OutboxLogEvent,
  type OutboxRunResult,
} from './outbox/dispatcher.ts';
export { RECEIPT_HANDLER, type ReceiptPayload } from './outbox/receipt.ts';
export type { OutboxStore } from './outbox/store.ts';
export type {
  NewOutboxMessage,
  OutboxDelivery,
  OutboxHandler,
  OutboxHandlers,
  OutboxMessage,
  OutboxStatus,
} from './outbox/types.ts';
export type { CommandError, CommandResult } from './results.ts';
export { timerHandlers } from './timers/handlers.ts';
export {
  DOCUMENTS_DUE_TIMER,
  PAYMENT_DUE_TIMER,
  parseTimerPayload,
  type TimerPayload,
} from './timers/messages.ts';
export { STAFF_NOTICE_HANDLER, type StaffNoticePayload } from './timers/staff-notice.ts';
export {
  ensureUser,
  findUserById,
  grantRole,
  listTenantStaff,
  membershipsOf,
  type StaffRole,
  type User,
  upsertTenant,
} from './users.ts';
