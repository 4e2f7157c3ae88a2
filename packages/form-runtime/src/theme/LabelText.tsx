import type { Registry } from '@rjsf/utils';
import { uiTexts } from './context.ts';

/**
 * A label's text with its marker: required fields get a visible "*" (the control itself carries `required`, so the
 * star is hidden from screen readers), optional ones the KERN "(optional)" marker in the form's language.
 */
export function LabelText(props: {
  label: string;
  required?: boolean;
  markOptional?: boolean;
  registry: Registry;
}) {
  const { label, required, markOptional = true, registry } = props;
  if (required) {
    return (
      <>
        {label}
        <span className="festplatz-required" aria-hidden="true">
          {' *'}
        </span>
      </>
    );
  }
  if (!markOptional) return <>{label}</>;
  return (
    <>
      {label} <span className="kern-label__optional">{uiTexts(registry).optional}</span>
    </>
  );
}
