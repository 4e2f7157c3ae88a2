import { type FieldHelpProps, helpId } from '@rjsf/utils';

/** The ui:help text as a KERN hint below the control; referenced by the control's aria-describedby. */
export function FieldHelpTemplate(props: FieldHelpProps) {
  if (!props.help) return null;
  return (
    <div className="kern-hint" id={helpId(props.fieldPathId)}>
      {props.help}
    </div>
  );
}
