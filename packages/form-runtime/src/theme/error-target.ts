import { getUiOptions, type RJSFSchema, toPath, type UiSchema } from '@rjsf/utils';

/**
 * The DOM id of the field an RJSF error belongs to: '.applicant.email' -> 'root_applicant_email' (RJSF ids are the
 * idPrefix plus the path, joined by idSeparator); '' or '.' is the form itself ('root').
 */
export function fieldIdFromProperty(
  property: string | undefined,
  idPrefix = 'root',
  idSeparator = '_',
): string {
  const path = toPath(property ?? '').filter((segment) => segment !== '');
  return [idPrefix, ...path].join(idSeparator);
}

function resolveRef(schema: RJSFSchema, root: RJSFSchema): RJSFSchema {
  let current = schema;
  // Local refs only ('#/$defs/x'); bounded so a cyclic ref cannot loop.
  for (
    let depth = 0;
    depth < 10 && typeof current.$ref === 'string' && current.$ref.startsWith('#/');
    depth++
  ) {
    let target: unknown = root;
    for (const key of current.$ref.slice(2).split('/')) {
      target =
        typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (typeof target !== 'object' || target === null) break;
    current = target as RJSFSchema;
  }
  return current;
}

/**
 * The label a field has in the form (ui:title, else schema title), found by walking the schema along the data path;
 * used to name fields in the error summary. Undefined when the path leaves the schema.
 */
export function fieldTitleAt(
  rootSchema: RJSFSchema,
  uiSchema: UiSchema | undefined,
  path: string[],
): string | undefined {
  let schema: RJSFSchema | undefined = rootSchema;
  let ui: UiSchema | undefined = uiSchema;
  for (const segment of path) {
    if (!schema) return undefined;
    schema = resolveRef(schema, rootSchema);
    if (/^\d+$/.test(segment) && schema.items !== undefined) {
      const items: unknown = schema.items;
      schema = (Array.isArray(items) ? items[Number(segment)] : items) as RJSFSchema | undefined;
      ui = ui?.items as UiSchema | undefined;
    } else {
      const property: unknown = schema.properties?.[segment];
      schema = typeof property === 'object' && property !== null ? (property as RJSFSchema) : undefined;
      ui = ui?.[segment] as UiSchema | undefined;
    }
  }
  if (!schema) return undefined;
  const uiTitle = getUiOptions(ui).title;
  if (typeof uiTitle === 'string' && uiTitle) return uiTitle;
  const title = resolveRef(schema, rootSchema).title;
  return typeof title === 'string' && title ? title : undefined;
}

/** The DOM id of the field a data path points to (the same id scheme RJSF uses): ['staff', '0'] -> 'root_staff_0'. */
export function fieldIdFromPath(path: readonly string[], idPrefix = 'root', idSeparator = '_'): string {
  return [idPrefix, ...path].join(idSeparator);
}
