import {
  enumOptionsDeselectValue,
  enumOptionsIsSelected,
  enumOptionsSelectValue,
  enumOptionValueEncoder,
  getOptionValueFormat,
  optionId,
  type WidgetProps,
} from '@rjsf/utils';
import { showsErrors } from './aria.ts';

/** A multiple choice as kern-form-check checkboxes inside FieldTemplate's kern-fieldset. */
export function CheckboxesWidget(props: WidgetProps) {
  const { id, htmlName, options, disabled, readonly, autofocus } = props;
  const { enumOptions, enumDisabled } = options;
  const valueFormat = getOptionValueFormat(options);
  const values: unknown[] = Array.isArray(props.value) ? props.value : [];
  const invalid = showsErrors(props.rawErrors, props.hideError);
  return (
    <>
      {(enumOptions ?? []).map((option, index) => {
        const inputId = optionId(id, index);
        const checked = enumOptionsIsSelected(option.value, values);
        return (
          <div className="kern-form-check" key={String(option.value)}>
            <input
              type="checkbox"
              id={inputId}
              name={htmlName || id}
              className={
                invalid
                  ? 'kern-form-check__checkbox kern-form-check__checkbox--error'
                  : 'kern-form-check__checkbox'
              }
              value={enumOptionValueEncoder(option.value, index, valueFormat)}
              checked={checked}
              disabled={
                disabled || readonly || (Array.isArray(enumDisabled) && enumDisabled.includes(option.value))
              }
              // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
              autoFocus={autofocus && index === 0}
              aria-invalid={invalid ? true : undefined}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? enumOptionsSelectValue(index, values, enumOptions)
                    : enumOptionsDeselectValue(index, values, enumOptions),
                )
              }
              onBlur={() => props.onBlur(id, values)}
              onFocus={() => props.onFocus(id, values)}
            />
            <label className="kern-label" htmlFor={inputId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </>
  );
}
