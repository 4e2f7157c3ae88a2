import { descriptionId, errorId, getUiOptions, helpId, type RJSFSchema, type UiSchema } from '@rjsf/utils';

/** The hint text of a field (ui:description wins over the schema description), as FieldTemplate renders it. */
export function fieldDescription(schema: RJSFSchema, uiSchema: UiSchema | undefined): string {
  const fromUi = getUiOptions(uiSchema).description;
  if (typeof fromUi === 'string' && fromUi) return fromUi;
  return typeof schema.description === 'string' ? schema.description : '';
}

/** The ui:help text of a field, if it is plain text. */
export function fieldHelp(uiSchema: UiSchema | undefined): string {
  const help = getUiOptions(uiSchema).help;
  return typeof help === 'string' ? help : '';
}

/** Whether a field shows errors right now. */
export function showsErrors(rawErrors: readonly unknown[] | undefined, hideError?: boolean): boolean {
  return !hideError && (rawErrors?.length ?? 0) > 0;
}

/**
 * The `aria-describedby` value of a control: only ids of elements that are actually rendered (error first, so a
 * screen reader reads the problem before the hint), or undefined. Dangling ids would fail axe's idref checks.
 */
export function describedBy(
  id: string,
  parts: { error: boolean; description: boolean; help: boolean },
): string | undefined {
  const ids = [
    parts.error ? errorId(id) : null,
    parts.description ? descriptionId(id) : null,
    parts.help ? helpId(id) : null,
  ].filter((value): value is string => value !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The aria attributes of a widget's control, derived the same way FieldTemplate decides what it renders. */
export function controlAria(props: {
  id: string;
  schema: RJSFSchema;
  uiSchema?: UiSchema;
  rawErrors?: string[];
  hideError?: boolean;
}): { 'aria-describedby': string | undefined; 'aria-invalid': true | undefined } {
  const error = showsErrors(props.rawErrors, props.hideError);
  return {
    'aria-describedby': describedBy(props.id, {
      error,
      description: fieldDescription(props.schema, props.uiSchema) !== '',
      help: fieldHelp(props.uiSchema) !== '',
    }),
    'aria-invalid': error ? true : undefined,
  };
}
