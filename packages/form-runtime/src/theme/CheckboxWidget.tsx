import { schemaRequiresTrueValue, type WidgetProps } from '@rjsf/utils';
import { controlAria, showsErrors } from './aria.ts';

/**
 * A single checkbox (the label and hint come from FieldTemplate's kern-form-check). It is ticked only when the value
 * is exactly `true`: a consent must never start ticked (DS-1), which is why the form also runs with
 * `constAsDefaults: 'never'`.
 */
export function CheckboxWidget(props: WidgetProps) {
  const { id, htmlName, value, required, disabled, readonly, autofocus, schema } = props;
  const invalid = showsErrors(props.rawErrors, props.hideError);
  return (
    <input
      type="checkbox"
      id={id}
      name={htmlName || id}
      className={
        invalid ? 'kern-form-check__checkbox kern-form-check__checkbox--error' : 'kern-form-check__checkbox'
      }
      checked={value === true}
      // An unticked box is a valid answer unless the schema demands `true` (const/enum), so only then mark it required.
      required={Boolean(required && schemaRequiresTrueValue(schema))}
      disabled={disabled || readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
      autoFocus={autofocus}
      onChange={(event) => props.onChange(event.target.checked)}
      onBlur={(event) => props.onBlur(id, event.target.checked)}
      onFocus={(event) => props.onFocus(id, event.target.checked)}
      {...controlAria(props)}
    />
  );
}
