// Public API of @festplatz/builder-ui. Importing it does not define custom elements (src/admin.ts
// does), so embedders may register the classes under names of their own.
export { type ApiResult, apiUrl, type RequestOptions, requestJson } from './api/client.ts';
export { needsSignIn, type Problem, type ProblemFieldError, toProblem } from './api/problem.ts';
export type {
  AdminApplicationDetail,
  AdminApplicationEvent,
  AdminApplicationList,
  AdminApplicationSummary,
  CategoryRef,
} from './api/types.ts';
export {
  buildDataView,
  type DataViewField,
  type DataViewInput,
  type DataViewList,
  type DataViewNode,
  type DataViewSection,
} from './data-view/index.ts';
export { APPLICATION_CHANGED_EVENT, FestplatzApplicationDetail } from './elements/application-detail.ts';
export { FestplatzApplicationList } from './elements/application-list.ts';
export { formatCalendarDate, formatDateTime, OFFICE_TIME_ZONE } from './format/date.ts';
export { eventTypeLabel } from './format/event-label.ts';
export { type BadgeVariant, stateBadgeVariant, stateLabel } from './format/state.ts';
export { type Lang, LOCALES, resolveLang } from './i18n/lang.ts';
export { type Messages, messagesFor } from './i18n/messages.ts';
