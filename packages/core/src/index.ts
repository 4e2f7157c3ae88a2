// The public API of @festplatz/core: pure, browser-safe functions and the generated bundle types.

export { applicationPeriodOf, applicationPeriodStatus } from './application-period.ts';
export type { ApplicationSummary } from './application-summary.ts';
export { applicationSummary } from './application-summary.ts';
export { canonicalJson } from './canonical-json.ts';
export { carryOverData } from './carry-over/carry-over-data.ts';
export { categoryTitle } from './category-title.ts';
export { NOTICE_PLACEHOLDERS } from './checks/notices.ts';
export { categoryAncestors, categoryPath, isCategoryWithin } from './conditions/category-tree.ts';
export { evaluateCondition } from './conditions/evaluate-condition.ts';
export { applicationCategory, fieldValue } from './conditions/field-value.ts';
export { eventDayCount } from './deadlines/calendar-date.ts';
export { type DeadlineStatus, deadlineStatus, type EditionPhase } from './deadlines/deadline-status.ts';
export { editionMilestones, MILESTONES, type Milestone, type MilestoneName } from './deadlines/milestones.ts';
export { describeDataIssue } from './describe-data-issue.ts';
export { describeIssue } from './describe-issue.ts';
export { type DocumentRequirement, documentRequirements } from './documents/document-requirements.ts';
export { type DueDate, dueDate } from './documents/due-date.ts';
export { requiredCoverage, validityCovers } from './documents/validity-covers.ts';
export type { ErrorCode } from './error-codes.ts';
export { ERROR_CODES } from './error-codes.ts';
export { computeFees } from './fees/compute-fees.ts';
export type { FeeCalculation, FeeLine } from './fees/fee-calculation.ts';
export type { ApplicationPeriod, Edition, EventDays, Phases } from './generated/edition.ts';
export type {
  AllCondition,
  AlwaysCondition,
  AnyCondition,
  Capacity,
  Categories,
  CategoriesCondition,
  CategoryNode,
  Condition,
  Consent,
  Criterion,
  CriterionGroup,
  DocumentKind,
  Documents,
  DocumentValidity,
  EventClassification,
  EventType,
  FeeItem,
  FeeQuantity,
  Fees,
  FieldAnnotation,
  FieldEqualsCondition,
  FieldInCondition,
  Form,
  FormFields,
  FormPage,
  FormulaBand,
  FormulaRule,
  HistoryRule,
  LifecycleConfig,
  LifecycleOptions,
  NewcomerRule,
  NotCondition,
  Notices,
  NoticeTemplate,
  Privacy,
  PrivacyInformation,
  Rechtsbehelfsbelehrung,
  Retention,
  Rounding,
  Scale,
  Selection,
  UniquenessGroup,
} from './generated/event-type.ts';
export type {
  Statechart,
  StateNode,
  Transition,
  TransitionObject,
  Transitions,
} from './generated/statechart.ts';
export type { StaffMember, Tenant } from './generated/tenant.ts';
export type { Issue, ParseResult } from './issue.ts';
export {
  applyLifecycleOptions,
  type LifecycleOptionName,
  type LifecycleTemplateOption,
} from './lifecycle/apply-options.ts';
export { LIFECYCLE_STATE_LABELS } from './lifecycle/state-labels.ts';
export type { LifecycleTemplate } from './lifecycle/templates.ts';
export { findLifecycleTemplate, LIFECYCLE_TEMPLATES, lifecycleStatechart } from './lifecycle/templates.ts';
export type { LifecycleVocabulary } from './lifecycle/vocabulary.ts';
export { LIFECYCLE_VOCABULARY } from './lifecycle/vocabulary.ts';
export type { Lang, Localized } from './localize.ts';
export { localize } from './localize.ts';
export { CURRENT_SCHEMA_VERSION, migrateEdition, migrateEventType } from './migrations/migrate.ts';
export { negotiateLanguage } from './negotiate-language.ts';
export { parseEdition } from './parse-edition.ts';
export type { ParseEventTypeOptions } from './parse-event-type.ts';
export { parseEventType } from './parse-event-type.ts';
export { parseTenant } from './parse-tenant.ts';
export { type Scores, scoreIssues } from './scoring/score-issues.ts';
export { describeScoreIssue, type ScoreIssueCode } from './scoring/score-messages.ts';
export {
  type CriterionScore,
  type ScoreResult,
  type ScoreValue,
  weightedScore,
} from './scoring/weighted-score.ts';
export { isTrustLevel, meetsTrustLevel, TRUST_LEVELS, type TrustLevel } from './trust-level.ts';
export { validateApplicationData } from './validate-application-data.ts';
