import { descriptionId, type FieldTemplateProps, getUiOptions } from '@rjsf/utils';
import { describedBy, fieldDescription, fieldHelp, showsErrors } from './aria.ts';
import { fieldKind } from './field-kind.ts';
import { LabelText } from './LabelText.tsx';

/**
 * Wraps every field in its KERN block: kern-form-input (label bound to the control, hint, control, error),
 * kern-form-check for a single checkbox, or a kern-fieldset with legend for radio/checkbox groups. Objects and
 * arrays draw their own fieldset (ObjectFieldTemplate/ArrayFieldTemplate), so only their errors are added here.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, errors, help, hidden, required, displayLabel, registry, schema, uiSchema } =
    props;
  if (hidden) return <div hidden>{children}</div>;
  const kind = fieldKind(schema, uiSchema, registry);
  const description = fieldDescription(schema, uiSchema);
  const invalid = showsErrors(props.rawErrors, props.hideError);
  const hint = description ? (
    <div className="kern-hint" id={descriptionId(id)}>
      {description}
    </div>
  ) : null;

  if (kind === 'container') {
    return (
      <div className="festplatz-field">
        {children}
        {errors}
        {help}
      </div>
    );
  }
  if (kind === 'check') {
    // The hint (e.g. the consent text) comes before the box, so it is read before the applicant ticks it.
    return (
      <div className="festplatz-field">
        {hint}
        <div className={invalid ? 'kern-form-check kern-form-check--error' : 'kern-form-check'}>
          {children}
          <label className="kern-label" htmlFor={id}>
            <LabelText label={label} required={required} markOptional={false} registry={registry} />
          </label>
          {errors}
        </div>
        {help}
      </div>
    );
  }
  if (kind === 'group') {
    const horizontal = getUiOptions(uiSchema).inline === true;
    return (
      <fieldset
        className={invalid ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset'}
        aria-describedby={describedBy(id, {
          error: invalid,
          description: description !== '',
          help: fieldHelp(uiSchema) !== '',
        })}
      >
        <legend className="kern-label">
          <LabelText label={label} required={required} registry={registry} />
        </legend>
        {hint}
        <div
          className={
            horizontal ? 'kern-fieldset__body kern-fieldset__body--horizontal' : 'kern-fieldset__body'
          }
        >
          {children}
        </div>
        {errors}
        {help}
      </fieldset>
    );
  }
  return (
    <div className={invalid ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
      {/* A label hidden by ui:options still names the control for assistive technology. */}
      <label className={displayLabel ? 'kern-label' : 'kern-label kern-sr-only'} htmlFor={id}>
        <LabelText label={label} required={required} registry={registry} />
      </label>
      {hint}
      {children}
      {errors}
      {help}
    </div>
  );
}
