import { type BaseInputTemplateProps, getInputProps } from '@rjsf/utils';
import type { ChangeEvent, FocusEvent } from 'react';
import { controlAria, showsErrors } from './aria.ts';

/** Whether a schema `type` admits fractional numbers (integers have no decimal mark to translate). */
function acceptsDecimals(type: unknown): boolean {
  return type === 'number' || (Array.isArray(type) && type.includes('number'));
}

/** The `<input>` behind all text-like widgets (text, email, number, date, ...) as a KERN form input. */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, required, placeholder, options, schema, type } =
    props;
  const { onBlur, onFocus, onChange, onChangeOverride } = props;
  const inputProps = getInputProps(schema, type, options);
  const numeric = inputProps.type === 'number' || inputProps.type === 'integer';
  const inputValue = numeric ? (value || value === 0 ? value : '') : (value ?? '');
  const invalid = showsErrors(props.rawErrors, props.hideError);
  const decimal = acceptsDecimals(schema.type);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    if (text === '') return onChange(options.emptyValue);
    // German applicants write 32,5 m even when their browser runs in English (RJSF only translates the browser
    // locale's separator), and the form has no thousands separators, so a comma is always the decimal mark (FORM-1).
    onChange(decimal ? text.replace(',', '.') : text);
  };
  return (
    <input
      id={id}
      name={htmlName || id}
      className={invalid ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input'}
      readOnly={readonly}
      disabled={disabled}
      // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
      autoFocus={autofocus}
      required={required}
      placeholder={placeholder || undefined}
      {...inputProps}
      inputMode={decimal ? 'decimal' : undefined}
      value={inputValue}
      onChange={onChangeOverride ?? handleChange}
      onBlur={(event: FocusEvent<HTMLInputElement>) => onBlur(id, event.target.value)}
      onFocus={(event: FocusEvent<HTMLInputElement>) => onFocus(id, event.target.value)}
      {...controlAria(props)}
    />
  );
}
