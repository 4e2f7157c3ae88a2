import { getSubmitButtonOptions, type SubmitButtonProps } from '@rjsf/utils';
import { uiTexts } from './context.ts';

/**
 * The primary KERN submit button. ui:submitButtonOptions can rename or hide it; the application form element passes
 * its own busy-aware button as Form children instead.
 */
export function SubmitButton(props: SubmitButtonProps) {
  const { submitText, norender, props: buttonProps = {} } = getSubmitButtonOptions(props.uiSchema);
  if (norender) return null;
  const { className, ...rest } = buttonProps;
  return (
    <div className="festplatz-submit">
      <button
        type="submit"
        {...rest}
        className={`kern-btn kern-btn--primary${className ? ` ${className}` : ''}`}
      >
        <span className="kern-label">
          {submitText && submitText !== 'Submit' ? submitText : uiTexts(props.registry).submit}
        </span>
      </button>
    </div>
  );
}
