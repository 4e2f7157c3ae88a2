import type { DescriptionFieldProps } from '@rjsf/utils';

/** A description as a KERN hint (used by RJSF's array description template). */
export function DescriptionFieldTemplate(props: DescriptionFieldProps) {
  if (!props.description) return null;
  return (
    <div className="kern-hint" id={props.id}>
      {props.description}
    </div>
  );
}
