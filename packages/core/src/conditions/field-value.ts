// Reading application data through the bundle's named field annotations (form.fields).

import type { EventType } from '../generated/event-type.ts';
import { valueAt } from '../json-pointer.ts';

type WithFields = { form: Pick<EventType['form'], 'fields'> };

/** The value of the named field in the application data, or undefined when the field or value is absent. */
export function fieldValue(bundle: WithFields, name: string, data: unknown): unknown {
  const field = bundle.form.fields[name];
  return field ? valueAt(data, field.pointer) : undefined;
}

/** The application's category id (field `category`), or null when it is missing or not a string. */
export function applicationCategory(bundle: WithFields, data: unknown): string | null {
  const value = fieldValue(bundle, 'category', data);
  return typeof value === 'string' ? value : null;
}
