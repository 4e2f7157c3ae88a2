import {
  enumOptionsIsSelected,
  enumOptionValueEncoder,
  getOptionValueFormat,
  optionId,
  type WidgetProps,
} from '@rjsf/utils';
import { showsErrors } from './aria.ts';

/**
 * Radio buttons, each a kern-form-check; FieldTemplate puts them in a kern-fieldset whose legend, hint and error
 * describe the group. All radios share the field id as `name`, which is how RJSF finds one to focus on an error.
 */
export function RadioWidget(props: WidgetProps) {
  const { id, htmlName, options, value, required, disabled, readonly, autofocus } = props;
  const { enumOptions, enumDisabled } = options;
  const valueFormat = getOptionValueFormat(options);
  const invalid = showsErrors(props.rawErrors, props.hideError);
  return (
    <>
      {(enumOptions ?? []).map((option, index) => {
        const inputId = optionId(id, index);
        return (
          <div className="kern-form-check" key={String(option.value)}>
            <input
              type="radio"
              id={inputId}
              name={htmlName || id}
              className={
                invalid ? 'kern-form-check__radio kern-form-check__radio--error' : 'kern-form-check__radio'
              }
              value={enumOptionValueEncoder(option.value, index, valueFormat)}
              checked={enumOptionsIsSelected(option.value, value)}
              required={required}
              disabled={
                disabled || readonly || (Array.isArray(enumDisabled) && enumDisabled.includes(option.value))
              }
              // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
              autoFocus={autofocus && index === 0}
              aria-invalid={invalid ? true : undefined}
              onChange={() => props.onChange(option.value)}
              onBlur={() => props.onBlur(id, value)}
              onFocus={() => props.onFocus(id, value)}
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
