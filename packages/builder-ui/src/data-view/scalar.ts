import { formatCalendarDate, formatDateTime } from '../format/date.ts';
import { type Lang, LOCALES } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { isObject, localizedText, resolveSchema } from './schema.ts';
import type { SchemaObject } from './types.ts';

/** True for values the applicant did not give (absent, null, empty text). */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Display text of a single answer: the title of a chosen option (`oneOf`/`anyOf` with `const`, or `enum`
 * with `enumNames` / `ui:enumNames`), Ja/Nein for booleans, localized dates and numbers; null when missing.
 */
export function scalarText(
  root: unknown,
  schema: SchemaObject,
  ui: SchemaObject,
  value: unknown,
  lang: Lang,
): string | null {
  if (isMissing(value)) return null;
  const option = optionTitle(root, schema, ui, value, lang);
  if (option !== undefined) return option;
  const t = messagesFor(lang).common;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return new Intl.NumberFormat(LOCALES[lang]).format(value);
  if (typeof value === 'string') return stringText(schema.format, value, lang) ?? value;
  // Free-form data (no schema for it): show it verbatim rather than dropping it.
  return JSON.stringify(value);
}

function optionTitle(
  root: unknown,
  schema: SchemaObject,
  ui: SchemaObject,
  value: unknown,
  lang: Lang,
): string | undefined {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword];
    if (!Array.isArray(options)) continue;
    for (const raw of options) {
      const option = resolveSchema(root, raw);
      const matches = 'const' in option ? option.const === value : sameSingleEnum(option.enum, value);
      if (matches) return localizedText(option.title, lang) ?? String(value);
    }
  }
  if (Array.isArray(schema.enum)) {
    const index = schema.enum.indexOf(value);
    const names = Array.isArray(ui['ui:enumNames']) ? ui['ui:enumNames'] : schema.enumNames;
    if (index >= 0 && Array.isArray(names)) return localizedText(names[index], lang);
  }
  return undefined;
}

function sameSingleEnum(values: unknown, value: unknown): boolean {
  return Array.isArray(values) && values.length === 1 && values[0] === value;
}

function stringText(format: unknown, value: string, lang: Lang): string | null {
  if (format === 'date') return formatCalendarDate(value, lang);
  if (format === 'date-time') return formatDateTime(value, lang);
  if (format === 'data-url') return fileText(value, lang);
  return null;
}

/** RJSF file widgets store `data:<mime>;name=<file>;base64,...`; the name is what staff need to see. */
function fileText(value: string, lang: Lang): string {
  const name = /;name=([^;,]+)/.exec(value)?.[1];
  return name ? decodeURIComponent(name) : messagesFor(lang).common.fileAttached;
}

/** Reads a nested uiSchema entry, tolerating absent or malformed ui schemas. */
export function uiChild(ui: SchemaObject, key: string): SchemaObject {
  const child = ui[key];
  return isObject(child) ? child : {};
}
