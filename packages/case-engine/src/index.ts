// Public API of @festplatz/case-engine: storage (the async Repository over SQLite or PostgreSQL) and the
// lifecycles (XState v5) of cases, with the commands that move them. Everything else in src/ is internal;
// index.test.ts snapshots this list so changes show in review.

export {
  LIFECYCLE_ACTION_HANDLERS,
  type LifecycleAction,
  type LifecycleActionPayload,
  parseLifecycleActionPayload,
} from './actions/messages.ts';
export type { CaseCommand } from './applications/apply-event.ts';
export { caseAllowedEvents, pinnedEventType } from './applications/pinned-event-type.ts';
export type { ApplicationEvent, ApplicationRecord } from './applications/records.ts';
export { type SaveDraftCommand, saveDraft } from './applications/save-draft.ts';
export { startReview } from './applications/start-review.ts';
export type { SubmissionCircumstances } from './applications/submission.ts';
export { type SubmitApplicationCommand, submitApplication } from './applications/submit.ts';
export type { AuditBreak, AuditBreakReason, AuditVerification } from './audit/check-chains.ts';
export * from './commands/index.ts';
export { type FestplatzDb, type OpenDatabaseOptions, openDatabase } from './db.ts';
export type { EditionRecord } from './editions.ts';
export { engineOutboxHandlers } from './engine-handlers.ts';
export type { PublishResult } from './event-types.ts';
export { buildLifecycleMachine, type UnknownLifecycleNames } from './lifecycle/machine.ts';
export {
  createLifecycleRegistry,
  DEFAULT_LIFECYCLE_REGISTRY,
  type LifecycleActionSpec,
  type LifecycleGuard,
  type LifecycleRegistry,
} from './lifecycle/registry.ts';
export { allowedEvents, type LifecycleEvent, type LifecycleStep, nextStep } from './lifecycle.ts';
export {
  MESSAGE_NOTICE_HANDLER,
  type MessageNoticePayload,
  parseMessageNoticePayload,
} from './messages/notification.ts';
export {
  MESSAGE_BODY_MAX_LENGTH,
  messageBodyIssues,
  type PostMessageCommand,
  postMessage,
} from './messages/post-message.ts';
export { type Backoff, exponentialBackoff } from './outbox/backoff.ts';
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
export { type FestplatzPgDb, type OpenPgDatabaseOptions, openPgDatabase } from './pg/db.ts';
export type {
  ConsentStore,
  ConsentWithdrawal,
  NewConsent,
  StoredConsent,
} from './repository/consents-types.ts';
export {
  type BlobRow,
  DOCUMENT_REVIEW_STATUSES,
  type DocumentReview,
  type DocumentReviewStatus,
  type DocumentStore,
  type NewDocument,
  type StoredDocument,
} from './repository/documents-types.ts';
export type {
  FoundMessageAttachment,
  MessageAttachment,
  MessageSide,
  MessageStore,
  NewMessage,
  NewMessageAttachment,
  StoredMessage,
} from './repository/messages-types.ts';
export { type OpenedRepository, type OpenRepositoryOptions, openRepository } from './repository/open.ts';
export { pgRepository } from './repository/pg-repository.ts';
export {
  type AuthMethod,
  EMAIL_SIGN_IN,
  type ExternalIdentityStore,
  type Representing,
  representingFromJson,
  type SignInCircumstances,
} from './repository/sign-in-types.ts';
export { sqliteRepository } from './repository/sqlite.ts';
export type {
  CaseChange,
  CaseChangeOutcome,
  CaseContent,
  CaseState,
  CaseUpdate,
  CreateCaseOutcome,
  IdempotentCase,
  NewCase,
  NewCaseChange,
  NewLogEntry,
  Repository,
  StoredSession,
} from './repository/types.ts';
export type { CommandError, CommandResult, SubmitResult } from './results.ts';
export {
  DOCUMENTS_DUE_TIMER,
  PAYMENT_DUE_TIMER,
  parseTimerPayload,
  type TimerPayload,
} from './timers/messages.ts';
export { STAFF_NOTICE_HANDLER, type StaffNoticePayload } from './timers/staff-notice.ts';
export type { StaffRole, User } from './users.ts';
