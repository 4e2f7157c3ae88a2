import type { WidgetProps } from '@rjsf/utils';
import { controlAria, showsErrors } from './aria.ts';

/** A multi-line text field as a KERN form input. */
export function TextareaWidget(props: WidgetProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, required, placeholder, options } = props;
  const invalid = showsErrors(props.rawErrors, props.hideError);
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className={invalid ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input'}
      value={typeof value === 'string' ? value : ''}
      placeholder={placeholder || undefined}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the form author asks for it via ui:autofocus
      autoFocus={autofocus}
      rows={typeof options.rows === 'number' ? options.rows : 5}
      onChange={(event) =>
        props.onChange(event.target.value === '' ? options.emptyValue : event.target.value)
      }
      onBlur={(event) => props.onBlur(id, event.target.value)}
      onFocus={(event) => props.onFocus(id, event.target.value)}
      {...controlAria(props)}
    />
  );
}
