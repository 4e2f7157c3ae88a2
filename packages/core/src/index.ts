// The public API of @festplatz/core: pure, browser-safe functions and the generated bundle types.

export { applicationPeriodOf, applicationPeriodStatus } from './application-period.ts';
export type { ApplicationSummary } from './application-summary.ts';
export { applicationSummary } from './application-summary.ts';
export { canonicalJson } from './canonical-json.ts';
export { categoryTitle } from './category-title.ts';
export { describeDataIssue } from './describe-data-issue.ts';
export { describeIssue } from './describe-issue.ts';
export type { ErrorCode } from './error-codes.ts';
export { ERROR_CODES } from './error-codes.ts';
export type { Edition } from './generated/edition.ts';
export type {
  Category,
  EventType,
  Statechart,
  StateNode,
  Transition,
  TransitionObject,
} from './generated/event-type.ts';
export type { StaffMember, Tenant } from './generated/tenant.ts';
export type { Issue, ParseResult } from './issue.ts';
export type { Lang, Localized } from './localize.ts';
export { localize } from './localize.ts';
export { negotiateLanguage } from './negotiate-language.ts';
export { parseEdition } from './parse-edition.ts';
export { parseEventType } from './parse-event-type.ts';
export { parseTenant } from './parse-tenant.ts';
export { validateApplicationData } from './validate-application-data.ts';
