import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';
import { useEffect, useMemo, useRef } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { focusField } from '../theme/focus-field.ts';
import { kernTheme, translateStringFor } from '../theme/index.ts';
import { precompiledValidator, transformErrors } from '../validation/validator.ts';

/** A consent or acknowledgement must start unticked (DS-1): never turn `const` into a default value. */
const DEFAULT_FORM_STATE = { constAsDefaults: 'never' } as const;

function ignoreErrors(): void {}

/** Props of the React part of `<festplatz-application-form>`. */
export interface FormViewProps {
  schema: RJSFSchema;
  /** The server-compiled validator functions of exactly this `schema` (`loadValidatorFunctions`). */
  validateFns: ValidatorFunctions;
  uiSchema: UiSchema;
  lang: Lang;
  formData: unknown;
  extraErrors: ErrorSchema | undefined;
  busy: boolean;
  /** Focus this field after rendering; `seq` changes for each new request so the same field can be focused again. */
  focus: { id: string; seq: number } | null;
  onChange: (data: unknown) => void;
  onSubmit: (data: unknown) => void;
}

/** The RJSF form with the KERN theme, our validator and a submit button that shows when it is busy. */
export function FormView(props: FormViewProps) {
  const { schema, validateFns, lang, busy, focus } = props;
  const validator = useMemo(
    () => precompiledValidator(validateFns, schema, lang),
    [validateFns, schema, lang],
  );
  const formContext = useMemo(() => ({ lang }), [lang]);
  const translateString = useMemo(() => translateStringFor(lang), [lang]);
  const wrapper = useRef<HTMLDivElement>(null);
  const t = messagesFor(lang).ui;

  useEffect(() => {
    if (focus && wrapper.current) focusField(wrapper.current, focus.id);
  }, [focus]);

  return (
    <div ref={wrapper}>
      <Form
        schema={schema}
        uiSchema={props.uiSchema}
        validator={validator}
        formContext={formContext}
        translateString={translateString}
        formData={props.formData}
        extraErrors={props.extraErrors}
        experimental_defaultFormStateBehavior={DEFAULT_FORM_STATE}
        noHtml5Validate
        showErrorList="top"
        focusOnFirstError
        transformErrors={transformErrors}
        // The errors are shown in the summary and at the fields; without a handler RJSF would also console.error them.
        onError={ignoreErrors}
        onChange={(event) => props.onChange(event.formData)}
        onSubmit={(event) => props.onSubmit(event.formData)}
        {...kernTheme}
      >
        <div className="festplatz-submit">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy} aria-busy={busy}>
            <span className="kern-label">{busy ? t.submitBusy : t.submit}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
