/** Public API of @festplatz/form-runtime. */
export { classifySubmitResponse } from './api/classify.ts';
export { fetchEditionForm, submitApplication } from './api/client.ts';
export { errorSchemaFromPointers, type PointerError, pointerToPath } from './api/pointer.ts';
export { type Problem, parseProblem } from './api/problem.ts';
export { signInUrl } from './api/sign-in.ts';
export type { EditionForm, LoadResult, SubmitOutcome, SubmittedApplication } from './api/types.ts';
export { FestplatzApplicationForm, FORM_STATUS, type FormStatus } from './elements/application-form.ts';
export { FormView, type FormViewProps } from './elements/form-view.tsx';
export { FestplatzMessages } from './elements/messages.ts';
export { formatBerlinDateTime } from './format/date-time.ts';
export { type Lang, resolveLang } from './i18n/lang.ts';
export { format, type Messages, messagesFor } from './i18n/messages.ts';
export { fieldIdFromPath, fieldIdFromProperty, fieldTitleAt } from './theme/error-target.ts';
export { type KernFormContext, kernTheme, translateStringFor } from './theme/index.ts';
export { type AjvErrorLike, ajvMessage } from './validation/ajv-message.ts';
export { createLocalizer } from './validation/localizer.ts';
export { prepareSchema } from './validation/prepare-schema.ts';
export {
  loadValidatorFunctions,
  precompiledValidator,
  transformErrors,
  type ValidatorModule,
} from './validation/validator.ts';
