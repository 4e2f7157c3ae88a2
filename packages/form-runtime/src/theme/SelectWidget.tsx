import {
  enumOptionSelectedValue,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
  type WidgetProps,
} from '@rjsf/utils';
import type { ChangeEvent, FocusEvent } from 'react';
import { controlAria, showsErrors } from './aria.ts';
import { uiTexts } from './context.ts';

function selected(event: ChangeEvent<HTMLSelectElement> | FocusEvent<HTMLSelectElement>, multiple: boolean) {
  if (!multiple) return event.target.value;
  return Array.from(event.target.options)
    .filter((option) => option.selected)
    .map((option) => option.value);
}

/** A dropdown as a KERN select inside kern-form-input__select-wrapper (which draws the arrow). */
export function SelectWidget(props: WidgetProps) {
  const { id, htmlName, options, value, required, disabled, readonly, autofocus, placeholder, schema } =
    props;
  const multiple = props.multiple === true;
  const { enumOptions, enumDisabled, emptyValue } = options;
  const valueFormat = getOptionValueFormat(options);
  const decode = (raw: string | string[]) =>
    enumOptionValueDecoder(raw, enumOptions, valueFormat, emptyValue);
  const invalid = showsErrors(props.rawErrors, props.hideError);
  const selectValue = enumOptionSelectedValue(value, enumOptions, multiple, valueFormat, multiple ? [] : '');
  // Without a default the first real option must not look chosen: offer an explicit "please select".
  const showPlaceholder = !multiple && schema.default === undefined;
  return (
    <div className="kern-form-input__select-wrapper">
      <select
        id={id}
        name={htmlName || id}
        multiple={multiple}
        className={
          invalid ? 'kern-form-input__select kern-form-input__select--error' : 'kern-form-input__select'
        }
        value={selectValue}
        required={required}
        disabled={disabled || readonly}
        // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
        autoFocus={autofocus}
        onChange={(event) => props.onChange(decode(selected(event, multiple)))}
        onBlur={(event) => props.onBlur(id, decode(selected(event, multiple)))}
        onFocus={(event) => props.onFocus(id, decode(selected(event, multiple)))}
        {...controlAria(props)}
      >
        {showPlaceholder && (
          <option value="">{placeholder || uiTexts(props.registry).selectPlaceholder}</option>
        )}
        {(enumOptions ?? []).map((option, index) => (
          <option
            key={String(option.value)}
            value={enumOptionValueEncoder(option.value, index, valueFormat)}
            disabled={Array.isArray(enumDisabled) && enumDisabled.includes(option.value)}
          >
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
