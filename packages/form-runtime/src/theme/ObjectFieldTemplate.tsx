import { buttonId, canExpand, descriptionId, type ObjectFieldTemplateProps, titleId } from '@rjsf/utils';

/**
 * An object as a KERN fieldset with its title as legend and its description as hint. The root object gets no
 * fieldset of its own (the page already names the form); it keeps the root id so form-level errors can link to it.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { fieldPathId, title, description, properties, registry, schema, uiSchema, formData } = props;
  const id = fieldPathId.$id;
  const isRoot = fieldPathId.path.length === 0;
  const { AddButton } = registry.templates.ButtonTemplates;
  const body = (
    <div className="kern-fieldset__body">
      {properties.map((property) => property.content)}
      {canExpand(schema, uiSchema, formData) && (
        <AddButton
          id={buttonId(fieldPathId, 'add')}
          onClick={props.onAddProperty}
          disabled={props.disabled || props.readonly}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
    </div>
  );
  const hint = description ? (
    <div className="kern-hint" id={descriptionId(fieldPathId)}>
      {description}
    </div>
  ) : null;
  if (isRoot) {
    return (
      <div className="festplatz-form-body" id={id}>
        {hint}
        {body}
      </div>
    );
  }
  return (
    <fieldset
      className="kern-fieldset"
      id={id}
      aria-describedby={description ? descriptionId(fieldPathId) : undefined}
    >
      {title && (
        <legend className="kern-label kern-label--large" id={titleId(fieldPathId)}>
          {title}
        </legend>
      )}
      {hint}
      {body}
    </fieldset>
  );
}
