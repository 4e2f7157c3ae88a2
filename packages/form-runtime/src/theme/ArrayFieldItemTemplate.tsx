import { type ArrayFieldItemTemplateProps, getTemplate, getUiOptions } from '@rjsf/utils';

/** One array item: its fields, then its buttons (remove, move) in a row below. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, registry, uiSchema } = props;
  const Buttons = getTemplate('ArrayFieldItemButtonsTemplate', registry, getUiOptions(uiSchema));
  return (
    <div className="festplatz-array-item">
      {children}
      {hasToolbar && (
        <div className="kern-btn-wrapper festplatz-array-item__buttons">
          <Buttons {...buttonsProps} />
        </div>
      )}
    </div>
  );
}
