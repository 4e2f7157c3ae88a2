import { getSchemaType, getUiOptions, type Registry, type RJSFSchema, type UiSchema } from '@rjsf/utils';

/**
 * How a field is wrapped in KERN markup: `input` (kern-form-input with a label), `check` (a single kern-form-check),
 * `group` (a kern-fieldset with a legend around radios or checkboxes), `container` (objects and arrays, which draw
 * their own fieldset).
 */
export const FIELD_KINDS = ['input', 'check', 'group', 'container'] as const;
/** One of FIELD_KINDS. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Decides the KERN wrapper of a field from its schema type and ui:widget. */
export function fieldKind(schema: RJSFSchema, uiSchema: UiSchema | undefined, registry: Registry): FieldKind {
  const widget = getUiOptions(uiSchema).widget;
  if (widget === 'radio' || widget === 'checkboxes') return 'group';
  const type = getSchemaType(schema);
  if (type === 'boolean') return widget === undefined || widget === 'checkbox' ? 'check' : 'input';
  if (type === 'object') return 'container';
  if (type === 'array') return registry.schemaUtils.isMultiSelect(schema) ? 'input' : 'container';
  if (schema.oneOf || schema.anyOf) {
    return registry.schemaUtils.isSelect(schema) ? 'input' : 'container';
  }
  return 'input';
}
