import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { isMissing, scalarText, uiChild } from './scalar.ts';
import {
  collectProperties,
  isObject,
  localizedText,
  orderKeys,
  resolveSchema,
  schemaType,
} from './schema.ts';
import type { DataViewField, DataViewNode, DataViewSection, SchemaObject } from './types.ts';

/** Input of {@link buildDataView}: the form of the pinned event-type version and the submitted data. */
export interface DataViewInput {
  schema: unknown;
  uiSchema?: unknown;
  data: unknown;
  lang: Lang;
}

interface Context {
  root: unknown;
  lang: Lang;
}

// Beyond this nesting a (possibly recursive) schema is shown as JSON instead of walked further.
const MAX_LEVEL = 8;

/**
 * Turns application data into a read-only, schema-ordered tree of sections and fields, generically from
 * the form's JSON Schema and uiSchema, so staff see every answer of any event type without new code.
 * Conditional properties (if/then, dependencies, oneOf branches) appear only when the data has them.
 */
export function buildDataView(input: DataViewInput): DataViewNode[] {
  const ctx: Context = { root: input.schema, lang: input.lang };
  const ui = isObject(input.uiSchema) ? input.uiSchema : {};
  return objectChildren(ctx, resolveSchema(ctx.root, input.schema), ui, input.data, '', 1);
}

function objectChildren(
  ctx: Context,
  schema: SchemaObject,
  ui: SchemaObject,
  data: unknown,
  pointer: string,
  level: number,
): DataViewNode[] {
  const values = isObject(data) ? data : {};
  const entries = new Map(collectProperties(ctx.root, schema).map((entry) => [entry.key, entry]));
  const nodes: DataViewNode[] = [];
  for (const key of orderKeys([...entries.keys()], ui['ui:order'])) {
    const entry = entries.get(key);
    if (!entry || (entry.conditional && values[key] === undefined)) continue;
    const childUi = uiChild(ui, key);
    if (childUi['ui:widget'] === 'hidden') continue;
    const childSchema = resolveSchema(ctx.root, entry.schema);
    const label =
      localizedText(childUi['ui:title'], ctx.lang) ?? localizedText(childSchema.title, ctx.lang) ?? key;
    const node = valueNode(
      ctx,
      childSchema,
      childUi,
      values[key],
      `${pointer}/${escapeToken(key)}`,
      label,
      level,
    );
    if (node) nodes.push(node);
  }
  return nodes;
}

function valueNode(
  ctx: Context,
  schema: SchemaObject,
  ui: SchemaObject,
  value: unknown,
  pointer: string,
  label: string,
  level: number,
): DataViewNode | null {
  const type = schemaType(schema);
  if (level <= MAX_LEVEL && type === 'object' && isObject(schema.properties) && !isPresentNonObject(value)) {
    const children = objectChildren(ctx, schema, ui, value, pointer, level + 1);
    return children.length > 0 ? { kind: 'section', pointer, title: label, level, children } : null;
  }
  if (level <= MAX_LEVEL && type === 'array') return arrayNode(ctx, schema, ui, value, pointer, label, level);
  return field(pointer, label, scalarText(ctx.root, schema, ui, value, ctx.lang), ctx.lang);
}

function arrayNode(
  ctx: Context,
  schema: SchemaObject,
  ui: SchemaObject,
  value: unknown,
  pointer: string,
  label: string,
  level: number,
): DataViewNode {
  const items = Array.isArray(value) ? value : [];
  const itemSchema = resolveSchema(ctx.root, schema.items);
  const itemUi = uiChild(ui, 'items');
  if (schemaType(itemSchema) === 'object' && isObject(itemSchema.properties)) {
    if (items.length === 0) return field(pointer, label, null, ctx.lang);
    const itemTitle =
      localizedText(itemUi['ui:title'], ctx.lang) ?? localizedText(itemSchema.title, ctx.lang) ?? label;
    const entries: DataViewSection[] = items.map((item, index) => ({
      kind: 'section',
      pointer: `${pointer}/${index}`,
      title: `${itemTitle} ${index + 1}`,
      level: level + 1,
      children: objectChildren(ctx, itemSchema, itemUi, item, `${pointer}/${index}`, level + 2),
    }));
    return { kind: 'list', pointer, title: label, level, entries };
  }
  // Multiple choice and other lists of plain values read best as one line. RJSF reads a multi-select's
  // `ui:enumNames` from the array's own ui schema, so that one wins over the items' one.
  const optionUi = { ...itemUi, ...pick(ui, 'ui:enumNames') };
  const texts = items
    .map((item) => scalarText(ctx.root, itemSchema, optionUi, item, ctx.lang))
    .filter((text): text is string => text !== null);
  return field(pointer, label, texts.length > 0 ? texts.join(', ') : null, ctx.lang);
}

function field(pointer: string, label: string, text: string | null, lang: Lang): DataViewField {
  const missing = text === null || text === '';
  return { kind: 'field', pointer, label, text: missing ? messagesFor(lang).common.missing : text, missing };
}

function isPresentNonObject(value: unknown): boolean {
  return !isMissing(value) && !isObject(value);
}

function pick(ui: SchemaObject, key: string): SchemaObject {
  return ui[key] === undefined ? {} : { [key]: ui[key] };
}

function escapeToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
