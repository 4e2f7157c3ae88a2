import {
  type ArrayFieldTemplateProps,
  buttonId,
  descriptionId,
  getUiOptions,
  type RJSFSchema,
} from '@rjsf/utils';
import { format } from '../i18n/messages.ts';
import { uiTexts } from './context.ts';
import { itemTitle } from './item-title.ts';
import { LabelText } from './LabelText.tsx';

/** A repeatable group as a KERN fieldset: legend, hint, the items, and an add button named for what it adds. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { fieldPathId, title, items, canAdd, registry, schema, uiSchema, required } = props;
  const uiOptions = getUiOptions(uiSchema);
  const legend = typeof uiOptions.title === 'string' ? uiOptions.title : title;
  const description = typeof uiOptions.description === 'string' ? uiOptions.description : schema.description;
  const { AddButton } = registry.templates.ButtonTemplates;
  const items0 = Array.isArray(schema.items) ? undefined : (schema.items as RJSFSchema | undefined);
  return (
    <fieldset className="kern-fieldset" id={fieldPathId.$id}>
      {legend && (
        <legend className="kern-label kern-label--large">
          <LabelText label={legend} required={required} markOptional={false} registry={registry} />
        </legend>
      )}
      {description && (
        <div className="kern-hint" id={descriptionId(fieldPathId)}>
          {description}
        </div>
      )}
      <div className="kern-fieldset__body">{items}</div>
      {canAdd && (
        <AddButton
          id={buttonId(fieldPathId, 'add')}
          onClick={props.onAddClick}
          disabled={props.disabled || props.readonly}
          uiSchema={uiSchema}
          registry={registry}
        >
          {format(uiTexts(registry).addItem, { item: itemTitle(items0, registry) })}
        </AddButton>
      )}
    </fieldset>
  );
}
