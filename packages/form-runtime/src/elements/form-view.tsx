import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { format, messagesFor } from '../i18n/messages.ts';
import { wizardMessages } from '../i18n/wizard.ts';
import { fieldIdFromProperty } from '../theme/error-target.ts';
import { focusField } from '../theme/focus-field.ts';
import { kernTheme, translateStringFor } from '../theme/index.ts';
import { precompiledValidator, transformErrors } from '../validation/validator.ts';
import type { FocusRequest } from './wizard/focus-request.ts';
import { formErrors } from './wizard/form-errors.ts';
import { PageObjectFieldTemplate, type WizardFormContext } from './wizard/page-object-template.tsx';
import { errorSchemaOnPage, errorsOnPage, firstPageWithErrors, type WizardPage } from './wizard/pages.ts';
import { PENDING_VALIDATOR } from './wizard/pending-validator.ts';
import { WizardProgress } from './wizard/progress.tsx';

/** A consent or acknowledgement must start unticked (DS-1): never turn `const` into a default value. */
const DEFAULT_FORM_STATE = { constAsDefaults: 'never' } as const;

const templates = { ...kernTheme.templates, ObjectFieldTemplate: PageObjectFieldTemplate };

function ignoreErrors(): void {}

/** Why the page changes: forward after a check, back without one, or to a page whose mistakes block submitting. */
export type PageChange = 'next' | 'back' | 'errors';

/** Props of the React part of `<festplatz-application-form>`. */
export interface FormViewProps {
  schema: RJSFSchema;
  /**
   * The server-compiled validator functions of exactly this `schema` (`loadValidatorFunctions`); null while they
   * load: the page is shown meanwhile, and "Weiter" or submit asks `awaitValidator` and goes on once they are here.
   */
  validateFns: ValidatorFunctions | null;
  awaitValidator: () => void;
  uiSchema: UiSchema;
  lang: Lang;
  formData: unknown;
  extraErrors: ErrorSchema | undefined;
  busy: boolean;
  /** Where focus goes after this render (see FocusRequest). */
  focus: FocusRequest | null;
  /** The wizard pages (`wizardPages`): one page without fields for a form without pages. */
  pages: readonly WizardPage[];
  pageIndex: number;
  /** `byApplicant`: a person changed a field (not RJSF filling in defaults), so the draft is worth saving. */
  onChange: (data: unknown, byApplicant: boolean) => void;
  onPageChange: (index: number, why: PageChange) => void;
  onSubmit: (data: unknown) => void;
  /**
   * Shown on the last page between the fields and the submit button (privacy information, documents). A DOM node
   * owned by the caller (lit renders into it), so React neither re-creates nor touches what is inside it.
   */
  finalSection?: HTMLElement | null;
}

/**
 * Hosts the caller's node. It stays outside RJSF's <form> (the submit button is tied to the form by its `form`
 * attribute): the documents element brings forms of its own, and forms must not nest.
 */
function HostedNode({ node }: { node: HTMLElement }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Moving a node that is already in place would disconnect and reconnect its elements (and lose focus).
    if (host.current && node.parentNode !== host.current) host.current.appendChild(node);
  }, [node]);
  return <div ref={host} className="festplatz-final-section" />;
}

/**
 * The RJSF form with the KERN theme and our validator, one wizard page at a time: "Weiter" checks only the fields
 * of the page shown, "Bewerbung absenden" on the last page checks everything and sends the applicant back to the
 * first page with a mistake.
 */
export function FormView(props: FormViewProps) {
  const { schema, validateFns, lang, busy, focus, pages, pageIndex } = props;
  const validator = useMemo(
    () => (validateFns ? precompiledValidator(validateFns, schema, lang) : PENDING_VALIDATOR),
    [validateFns, schema, lang],
  );
  /** "Weiter" or submit was pressed before the validators arrived: press it again for the applicant then. */
  const submitWhenReady = useRef(false);
  const page = pages[pageIndex] ?? pages[0];
  const wizard = pages.length > 1;
  const isLast = pageIndex >= pages.length - 1;
  const formContext = useMemo<WizardFormContext>(
    () => (wizard && page ? { lang, page } : { lang }),
    [lang, page, wizard],
  );
  // The buttons follow the form (see HostedNode), so RJSF must not add its own.
  const uiSchema = useMemo<UiSchema>(
    () => ({ ...props.uiSchema, 'ui:submitButtonOptions': { norender: true } }),
    [props.uiSchema],
  );
  const translateString = useMemo(() => translateStringFor(lang), [lang]);
  const pageTransform = useMemo(
    () => (errors: RJSFValidationError[]) => errorsOnPage(transformErrors(errors), pages, pageIndex),
    [pages, pageIndex],
  );
  const wrapper = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<Form>(null);
  const headingId = useId();
  const formId = useId();
  const t = messagesFor(lang).ui;
  const w = wizardMessages(lang);

  useEffect(() => {
    if (!validateFns || !submitWhenReady.current) return;
    submitWhenReady.current = false;
    form.current?.submit();
  }, [validateFns]);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'heading') heading.current?.focus();
    else if (focus.target === 'page-errors') form.current?.validateForm();
    else if (wrapper.current) focusField(wrapper.current, focus.id);
  }, [focus]);

  // Our own lookup rather than RJSF's: it also finds radio groups and fieldsets, and scrolls the field into view.
  const focusFirstError = (error: RJSFValidationError) => {
    if (wrapper.current) focusField(wrapper.current, fieldIdFromProperty(error.property));
  };

  const submitted = (data: unknown) => {
    if (!validateFns) {
      submitWhenReady.current = true;
      return props.awaitValidator();
    }
    if (!isLast) return props.onPageChange(pageIndex + 1, 'next');
    const blocked = firstPageWithErrors(pages, formErrors(validator, schema, data));
    if (blocked >= 0 && blocked !== pageIndex) return props.onPageChange(blocked, 'errors');
    props.onSubmit(data);
  };

  return (
    <div ref={wrapper}>
      {wizard && page ? (
        <>
          <h3
            className="kern-heading-small festplatz-page-heading"
            id={headingId}
            ref={heading}
            tabIndex={-1}
          >
            {format(w.stepOf, { current: pageIndex + 1, total: pages.length, title: page.title })}
          </h3>
          <WizardProgress pages={pages} index={pageIndex} labelledBy={headingId} t={w} />
        </>
      ) : null}
      <Form
        // One form per page: errors shown on one page do not linger on the next, the answers live in formData.
        key={pageIndex}
        ref={form}
        id={formId}
        schema={schema}
        uiSchema={uiSchema}
        validator={validator}
        formContext={formContext}
        translateString={translateString}
        formData={props.formData}
        extraErrors={page ? errorSchemaOnPage(props.extraErrors, page) : props.extraErrors}
        experimental_defaultFormStateBehavior={DEFAULT_FORM_STATE}
        noHtml5Validate
        // Without the validators nothing could be checked; `submitted` waits for them instead.
        noValidate={!validateFns}
        showErrorList="top"
        focusOnFirstError={focusFirstError}
        transformErrors={pageTransform}
        // The errors are shown in the summary and at the fields; without a handler RJSF would also console.error them.
        onError={ignoreErrors}
        // RJSF names the field a person changed; a change without one is the form filling in defaults.
        onChange={(event, id) => props.onChange(event.formData, id !== undefined)}
        onSubmit={(event) => submitted(event.formData)}
        {...kernTheme}
        templates={templates}
      />
      {isLast && props.finalSection ? <HostedNode node={props.finalSection} /> : null}
      <div className="festplatz-submit festplatz-wizard-buttons">
        {wizard && pageIndex > 0 ? (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={busy}
            onClick={() => props.onPageChange(pageIndex - 1, 'back')}
          >
            <span className="kern-label">{w.back}</span>
          </button>
        ) : null}{' '}
        <button
          type="submit"
          form={formId}
          className="kern-btn kern-btn--primary"
          disabled={busy}
          aria-busy={busy}
        >
          <span className="kern-label">{isLast ? (busy ? t.submitBusy : t.submit) : w.next}</span>
        </button>
      </div>
    </div>
  );
}
