import type { TitleFieldProps } from '@rjsf/utils';

/** A group title as a KERN legend (used where RJSF renders a title inside a fieldset). */
export function TitleFieldTemplate(props: TitleFieldProps) {
  return (
    <legend className="kern-label kern-label--large" id={props.id}>
      {props.title}
      {props.optionalDataControl}
    </legend>
  );
}
